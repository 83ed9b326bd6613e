package news.dateline.comment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import news.dateline.comment.posting.EditorDecisions;
import news.dateline.site.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Reading comments: one page of an article's threads at a time (keyset pagination, {@link ThreadCursor}), the
 * first pages and a few facts from the node's copy ({@link FirstPages}), counts for article lists. Writing is in
 * {@link CommentPosting}, {@link CommentEdits} and {@link CommentActions}.
 */
@Service
class CommentThreads implements EditorDecisions {

    private final CommentRepository comments;
    private final FirstPages firstPages;
    private final CommentProperties properties;

    CommentThreads(CommentRepository comments, FirstPages firstPages, CommentProperties properties) {
        this.comments = comments;
        this.firstPages = firstPages;
        this.properties = properties;
    }

    /**
     * One page of an article's threads for a reader ({@code viewer} null when anonymous), after the cursor of
     * the previous page (null or unreadable: the first page).
     */
    ThreadPage threads(long articleId, Long viewer, CommentSort sort, String cursor) {
        ThreadCursor after = ThreadCursor.parse(cursor);
        if (after != null) {
            return load(articleId, viewer, sort, after);
        }
        ThreadPage shared = firstPages.page(articleId, sort, () -> load(articleId, null, sort, null));
        if (viewer == null) {
            return shared;
        }
        FirstPages.Facts facts = facts(articleId);
        if (facts.heldAuthors().contains(viewer)) {
            return load(articleId, viewer, sort, null);
        }
        if (!facts.likers().contains(viewer)) {
            return shared;
        }
        return new ThreadPage(shared.threads(), shared.replies(), comments.likedAmong(viewer, ids(shared)),
                shared.nextCursor());
    }

    /** Published comments on one article (from the node's copy). */
    int publishedCount(long articleId) {
        return facts(articleId).published();
    }

    @Override
    public Optional<Boolean> editorClosed(long articleId) {
        return facts(articleId).editorClosed();
    }

    /** Published comments per article (0 for those without any), from the node's copy for a minute at most. */
    Map<Long, Integer> counts(Collection<Long> articleIds) {
        return firstPages.counts(articleIds, comments::publishedCounts);
    }

    Comment find(long commentId) {
        return comments.find(commentId).orElseThrow(() -> new NotFoundException("comment " + commentId));
    }

    private FirstPages.Facts facts(long articleId) {
        return firstPages.facts(articleId, () -> comments.facts(articleId));
    }

    private ThreadPage load(long articleId, Long viewer, CommentSort sort, ThreadCursor after) {
        long viewerId = viewer == null ? -1 : viewer;
        int size = properties.pageSize();
        List<Comment> found = comments.threads(articleId, viewerId, sort, after, size + 1);
        boolean more = found.size() > size;
        List<Comment> threads = more ? found.subList(0, size) : found;
        Map<Long, List<Comment>> replies = new LinkedHashMap<>();
        threads.forEach(t -> replies.put(t.id(), new ArrayList<>()));
        for (Comment reply : comments.replies(replies.keySet(), viewerId)) {
            replies.get(reply.rootId()).add(reply);
        }
        String next = more ? ThreadCursor.after(threads.get(threads.size() - 1)) : null;
        ThreadPage page = new ThreadPage(List.copyOf(threads), Map.copyOf(replies), Set.of(), next);
        return viewer == null ? page : new ThreadPage(page.threads(), page.replies(),
                comments.likedAmong(viewer, ids(page)), next);
    }

    private static List<Long> ids(ThreadPage page) {
        return Stream.concat(page.threads().stream(), page.replies().values().stream().flatMap(List::stream))
                .map(Comment::id).toList();
    }
}
