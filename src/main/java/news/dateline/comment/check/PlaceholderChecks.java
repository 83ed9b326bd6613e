package news.dateline.comment.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

/**
 * Placeholder until the guideline pipeline lands; delete then. A few fixed rules so the comment feature can be
 * built and tested: "idiot" is abusive, a text starting "Bonjour" is not English, "[hold]" is held for review.
 */
@Service
class PlaceholderChecks implements CommentChecks {

    private static final Pattern IDIOT = Pattern.compile("\\bidiot\\b");

    @Override
    public CheckResult check(String text) {
        List<Verdict> verdicts = new ArrayList<>();
        if (text.strip().startsWith("Bonjour")) {
            verdicts.add(new Verdict(Rule.NOT_ENGLISH, Decision.REJECT, 1.0, "Comments have to be in English."));
        }
        if (IDIOT.matcher(text.toLowerCase(Locale.ROOT)).find()) {
            verdicts.add(new Verdict(Rule.ABUSIVE, Decision.REJECT, 1.0,
                    "Comments cannot be abusive: please leave out the insult."));
        }
        if (text.contains("[hold]")) {
            verdicts.add(new Verdict(Rule.PERSONAL, Decision.REVIEW, 0.5,
                    "A moderator will read your comment before it is shown."));
        }
        Decision decision = verdicts.stream().map(Verdict::decision)
                .reduce(Decision.PUBLISH, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        return new CheckResult(decision, verdicts);
    }
}
