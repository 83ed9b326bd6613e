package news.dateline.comment.check;

/**
 * The guideline pipeline: "in English, in full sentences, not abusive or personal". Every new or edited comment
 * passes through it; the result is stored with the comment.
 */
public interface CommentChecks {

    CheckResult check(String text);
}
