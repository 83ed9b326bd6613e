/**
 * The one place that writes the {@code comment} table: {@link news.dateline.comment.store.CommentWriter}, whose every
 * method announces the change ({@code CommentChanges}) so the node caches of comment pages are dropped when it
 * commits. Posting, editing, liking, moderation, a member's deletion and the comment import all write through it;
 * {@code CommentWritesTest} fails on SQL elsewhere that writes the table. Internal to the comment module.
 */
package news.dateline.comment.store;
