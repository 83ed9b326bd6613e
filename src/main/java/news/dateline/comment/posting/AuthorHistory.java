package news.dateline.comment.posting;

import java.time.Instant;
import java.util.Optional;

/** What the rules ask about an author's earlier comments (the comment repository answers; tests pass a fake). */
public interface AuthorHistory {

    /** The text of the member's latest comment that was accepted (published or held), if any. */
    Optional<String> lastAcceptedText(long memberId);

    /** The member's published comments, counted up to {@code upTo} (enough to know whether they are still new). */
    int publishedCount(long memberId, int upTo);

    /** The member's comments rejected since the given time. */
    int rejectedSince(long memberId, Instant since);
}
