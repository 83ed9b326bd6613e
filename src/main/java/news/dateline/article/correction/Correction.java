package news.dateline.article.correction;

import java.time.Instant;

/**
 * A public note on a published article, shown at its foot with its date ("Correction: an earlier version of this
 * article misstated …"). It is never deleted: a withdrawal keeps the note with who took it back, when and why.
 *
 * @param createdBy the editor who added it (null once their account is gone)
 */
public record Correction(long id, long articleId, CorrectionKind kind, String text, Instant createdAt, Long createdBy,
                         Instant withdrawnAt, Long withdrawnBy, String withdrawalReason) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
