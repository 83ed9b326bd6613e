package news.dateline.comment;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One page of an article's threads as one reader may see them.
 *
 * @param threads    the threads' first comments, in the chosen order
 * @param replies    each shown thread's replies, oldest first, by root id
 * @param liked      the ids among them the reader likes
 * @param nextCursor where the next page starts, or null when this is the last
 */
public record ThreadPage(List<Comment> threads, Map<Long, List<Comment>> replies, Set<Long> liked,
                         String nextCursor) {
}
