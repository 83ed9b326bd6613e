package news.dateline.comment.posting;

import java.util.Comparator;
import java.util.List;

import news.dateline.comment.check.Decision;
import org.springframework.stereotype.Component;

/**
 * The rules a comment passes before it is stored, in their order: refusals first (cheapest and plainest to the
 * author), then the rate limit (counted only for comments that could be posted), the same text twice, the guideline
 * checks, and last the reasons to hold a comment that passed them for a moderator. The first rule that does not pass
 * decides; a hold is the first hold reason that applies.
 */
@Component
public class PostingRules {

    /** The order of the rules for a new comment or reply. */
    static final List<Class<? extends PostingRule>> POST = List.of(ClosedRule.class, SanctionRule.class,
            VerifiedEmailRule.class, LengthRule.class, RateLimitRule.class, DuplicateRule.class, GuidelineRule.class,
            PremoderationRule.class, NewMemberRule.class, RecentRejectionsRule.class);

    /**
     * The rules for an edit: the author may still comment and the text fits; then the checks again. An edit is not
     * rate-limited or held by the author's history (a held comment stays held, see {@code CommentEdits}).
     */
    static final List<Class<? extends PostingRule>> EDIT = List.of(SanctionRule.class, LengthRule.class,
            GuidelineRule.class);

    private final List<PostingRule> forPosts;
    private final List<PostingRule> forEdits;

    public PostingRules(List<PostingRule> rules) {
        this.forPosts = inOrder(rules, POST);
        this.forEdits = inOrder(rules, EDIT);
    }

    public Ruling forPost(Attempt attempt) {
        return run(forPosts, attempt);
    }

    public Ruling forEdit(Attempt attempt) {
        return run(forEdits, attempt);
    }

    static Ruling run(List<PostingRule> rules, Attempt attempt) {
        Step.Checked checked = null;
        for (PostingRule rule : rules) {
            switch (rule.apply(attempt)) {
                case Step.Pass pass -> {
                }
                case Step.Refuse refuse -> {
                    return new Ruling(refuse.message(), null, null);
                }
                case Step.Checked c -> {
                    if (c.result().decision() != Decision.PUBLISH) {
                        return new Ruling(null, c.result(), null);
                    }
                    checked = c;
                }
                case Step.Hold hold -> {
                    return new Ruling(null, checked == null ? null : checked.result(), hold.reason());
                }
            }
        }
        return new Ruling(null, checked == null ? null : checked.result(), null);
    }

    /** The rules named in {@code order}, in that order; a rule missing from the context is a wiring mistake. */
    static List<PostingRule> inOrder(List<PostingRule> rules, List<Class<? extends PostingRule>> order) {
        List<PostingRule> chosen = rules.stream().filter(r -> order.contains(r.getClass()))
                .sorted(Comparator.comparingInt(r -> order.indexOf(r.getClass()))).toList();
        if (chosen.size() != order.size()) {
            throw new IllegalStateException("Comment posting rules missing: expected " + order + ", found "
                    + chosen.stream().map(r -> r.getClass().getSimpleName()).toList());
        }
        return chosen;
    }
}
