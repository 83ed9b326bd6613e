package news.dateline.comment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import news.dateline.comment.check.CheckResult;
import news.dateline.comment.check.Decision;
import news.dateline.comment.check.Explanation;
import news.dateline.comment.check.Verdict;
import news.dateline.site.Words;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The guideline checks' result as posting and editing use it: the status it gives a comment, the answer the author
 * reads, and the verdicts as stored with the comment.
 */
@Component
class CheckOutcomes {

    private final Words words;
    private final JsonMapper json;

    CheckOutcomes(Words words, JsonMapper json) {
        this.words = words;
        this.json = json;
    }

    static CommentStatus statusFor(Decision decision) {
        return switch (decision) {
            case PUBLISH -> CommentStatus.PUBLISHED;
            case REVIEW -> CommentStatus.HELD;
            case REJECT -> CommentStatus.REJECTED;
        };
    }

    PostResult result(CheckResult result, long id) {
        return switch (result.decision()) {
            case PUBLISH -> new PostResult(PostResult.Outcome.PUBLISHED, id, words.get("comment.posted.published"));
            case REVIEW -> new PostResult(PostResult.Outcome.HELD, id, words.get("comment.posted.held"));
            case REJECT -> new PostResult(PostResult.Outcome.REJECTED, id, explanation(result));
        };
    }

    /** The broken rules in plain words, for the author. */
    String explanation(CheckResult result) {
        List<String> lines = result.verdicts().stream().filter(v -> v.decision() == Decision.REJECT)
                .map(Verdict::explanation).filter(e -> e != null).distinct().map(this::explained).toList();
        return lines.isEmpty() ? words.get("guideline.general") : String.join(" ", lines);
    }

    /** What the author is told of one broken guideline. */
    private String explained(Explanation explanation) {
        return switch (explanation) {
            case NOT_ENGLISH -> words.get("guideline.not-english");
            case NOT_FULL_SENTENCES -> words.get("guideline.not-full-sentences");
            case SHOUTING -> words.get("guideline.shouting");
            case ABUSIVE -> words.get("guideline.abusive");
            case PERSONAL -> words.get("guideline.personal");
        };
    }

    String verdictsJson(CheckResult result) {
        List<Map<String, Object>> verdicts = result.verdicts().stream().map(v -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", v.rule().code());
            m.put("decision", v.decision().name());
            m.put("score", v.score());
            // the explanation's name: its words are the bundle's, in whatever language the site speaks
            m.put("explanation", v.explanation() == null ? null : v.explanation().name());
            return m;
        }).toList();
        return json.writeValueAsString(verdicts);
    }

    /** Line breaks kept (as \n), trailing spaces and outer blank lines dropped. */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[ \\t]+\\n", "\n").strip();
    }
}
