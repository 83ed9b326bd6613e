/**
 * Comments under articles. Terms: a <em>comment</em> is what a member writes under an article (not "post" or
 * "message"); a <em>reply</em> is a comment with a parent; a <em>thread</em> is a first comment with all its
 * replies; a comment is <em>held</em> when it awaits a moderator (shown only to its author) and <em>rejected</em>
 * when it broke a guideline (shown to no one, kept for the moderators); an article's comments are <em>closed</em>
 * by an editor or by its age. The guideline checks live in {@code check}; the article page shows the section
 * through the {@link news.dateline.article.ArticleComments} port, and readers with it open get the changes over the
 * article's live stream ({@code web.LiveComments}).
 * <p>
 * Inside: posting is an ordered list of small rules ({@code posting/PostingRules}) applied by
 * {@code CommentPosting}; {@code CommentEdits} edits, {@code CommentActions} deletes, likes, reports and closes;
 * {@code CommentThreads} reads a page of threads at a time ({@code ThreadCursor} is its "Load more" cursor). Every
 * write to the {@code comment} table goes through {@code store/CommentWriter}, which announces it
 * ({@link news.dateline.comment.CommentChanges}) so no writer can forget the node caches.
 * <p>
 * {@link news.dateline.comment.Comments} stays as the one door to all of that, and only delegates: the demo content
 * ({@code demo/DemoShowcase}) posts through it from another module, and the comment web layer and moderation use it,
 * so callers need not know which of the four services does what, and those services stay package-private.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"article", "database", "live", "mail",
        "member", "ratelimit", "site", "web"})
package news.dateline.comment;
