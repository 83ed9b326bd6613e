/**
 * Comments under articles. Terms: a <em>comment</em> is what a member writes under an article (not "post" or
 * "message"); a <em>reply</em> is a comment with a parent; a <em>thread</em> is a first comment with all its
 * replies; a comment is <em>held</em> when it awaits a moderator (shown only to its author) and <em>rejected</em>
 * when it broke a guideline (shown to no one, kept for the moderators); an article's comments are <em>closed</em>
 * by an editor or by its age. The guideline checks live in {@code check}; the article page shows the section
 * through the {@link news.dateline.article.ArticleComments} port, and readers with it open get the changes over the
 * article's live stream ({@code web.LiveComments}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"article", "database", "live", "mail",
        "member", "ratelimit", "site", "web"})
package news.dateline.comment;
