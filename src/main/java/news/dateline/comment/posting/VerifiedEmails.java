package news.dateline.comment.posting;

/** Whether a member confirmed their email address (the member feature answers; tests pass a fake). */
public interface VerifiedEmails {

    boolean verified(long memberId);
}
