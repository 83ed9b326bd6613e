package news.dateline.comment;

import java.util.List;

/**
 * Published just before a transaction that changed an article's comments commits, from inside it: the comments it
 * wrote, as they stand ({@link CommentChanges}). Listeners that write (the live stream's events) write in the same
 * transaction, so what they send goes out only if the change commits.
 */
public record CommentsChanged(long articleId, List<Comment> comments) {
}
