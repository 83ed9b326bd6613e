package news.dateline.comment.web;

import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import news.dateline.article.Article;
import news.dateline.article.ArticleQueries;
import news.dateline.comment.Comment;
import news.dateline.comment.CommentStatus;
import news.dateline.comment.CommentsChanged;
import news.dateline.live.LiveEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends readers who have an article open what changed in its comments, over the article's live channel (so the
 * wall, every node and {@code Last-Event-ID} work as for its live blog): a published comment, new or changed (an
 * edit, a like, an approval), as {@code comment}, rendered by the comment section's own template
 * ({@code comment/item.jte}) twice, for readers without forms and for verified members (forms with an empty CSRF
 * token the page fills in); one that readers may no longer see (deleted, rejected, held after an edit) as
 * {@code comment-removed}. Nothing in it is personal: no one's own comment, no one's like, only the count.
 */
@Component
class LiveComments {

    static final String SHOWN = "comment";
    static final String REMOVED = "comment-removed";

    private final CommentSectionViews views;
    private final ArticleQueries articles;
    private final LiveEvents live;
    private final TemplateEngine templates;
    private final JsonMapper json;

    LiveComments(CommentSectionViews views, ArticleQueries articles, LiveEvents live, TemplateEngine templates,
                 JsonMapper json) {
        this.views = views;
        this.articles = articles;
        this.live = live;
        this.templates = templates;
        this.json = json;
    }

    /** A comment to show or update; {@code likes} is the count in words, set as text. */
    record Shown(long id, Long rootId, String html, String memberHtml, String likes) {
    }

    /** A comment to take off the page, or to replace with {@code html} (a deleted comment's stand-in). */
    record Removed(long id, String html) {
    }

    // inside the changing transaction, just before it commits (see CommentChanges)
    @EventListener
    void publish(CommentsChanged changed) {
        Article article = articles.published(changed.articleId()).orElse(null);
        if (article == null) {
            return; // nobody reads an unpublished article's page
        }
        SectionView reader = views.liveSection(article, false);
        SectionView member = views.liveSection(article, true);
        String channel = LiveEvents.article(article.id());
        for (Comment comment : changed.comments()) {
            CommentView view = views.liveView(comment);
            if (comment.status() == CommentStatus.PUBLISHED) {
                live.publish(channel, SHOWN, json.writeValueAsString(new Shown(comment.id(), comment.rootId(),
                        item(reader, view), item(member, view), reader.words().get("comment.likes", comment.likes()))));
            } else if (comment.status() != CommentStatus.HELD || comment.editedAt() != null) {
                // a held comment that was never edited was never shown: there is nothing to take away
                boolean standIn = comment.status() == CommentStatus.DELETED && comment.replies() > 0;
                live.publish(channel, REMOVED, json.writeValueAsString(
                        new Removed(comment.id(), standIn ? item(reader, view) : null)));
            }
        }
    }

    private String item(SectionView section, CommentView comment) {
        StringOutput out = new StringOutput();
        templates.render("comment/item.jte", Map.of("section", section, "c", comment), out);
        return out.toString();
    }
}
