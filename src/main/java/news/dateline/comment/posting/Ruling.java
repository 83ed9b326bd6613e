package news.dateline.comment.posting;

import news.dateline.comment.check.CheckResult;

/**
 * What the rules decided about one attempt.
 *
 * @param refusal    why it is not accepted (nothing is stored), or null
 * @param checks     the guideline checks' result (null when refused before the checks ran)
 * @param holdReason why a comment that passed the checks still waits for a moderator, or null
 */
public record Ruling(String refusal, CheckResult checks, String holdReason) {

    public boolean refused() {
        return refusal != null;
    }
}
