package news.dateline.comment.posting;

/**
 * One rule a new comment (or an edit) passes before it is stored, in the shape of Coral's comment pipeline: each rule
 * looks at the attempt and passes it on, refuses it, gives the guideline checks' result, or holds it.
 * {@link PostingRules} keeps them in their order.
 */
public interface PostingRule {

    Step apply(Attempt attempt);
}
