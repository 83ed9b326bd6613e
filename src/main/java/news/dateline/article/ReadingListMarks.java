package news.dateline.article;

import java.util.Collection;
import java.util.Set;

/**
 * Which articles a member has saved, so pages can mark them. Implemented by the reading-list feature, which
 * depends on this one; the port keeps the features free of cycles.
 */
public interface ReadingListMarks {

    /** The ids among {@code articleIds} that the member has saved. */
    Set<Long> savedAmong(long memberId, Collection<Long> articleIds);
}
