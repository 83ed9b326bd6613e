package news.dateline.comment;

import java.util.Optional;

import news.dateline.article.Article;
import news.dateline.article.ArticleQueries;
import news.dateline.mail.MailOutbox;
import news.dateline.mail.OutgoingMail;
import news.dateline.member.Member;
import news.dateline.member.Members;
import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Service;

/**
 * The mails about comments, queued in the outbox inside the caller's transaction (so a mail goes out exactly when
 * its change commits): a reply to your comment (if you asked for them), your held comment approved or rejected,
 * a moderator's message.
 */
@Service
public class CommentNotifications {

    private final MailOutbox outbox;
    private final Members members;
    private final ArticleQueries articles;
    private final CommentPreferences preferences;
    private final SiteProperties site;

    CommentNotifications(MailOutbox outbox, Members members, ArticleQueries articles,
                         CommentPreferences preferences, SiteProperties site) {
        this.outbox = outbox;
        this.members = members;
        this.articles = articles;
        this.preferences = preferences;
        this.site = site;
    }

    /** A reply became visible: tell the parent comment's author, if they asked to hear of replies. */
    public void replyPublished(Comment reply, Comment parent) {
        if (parent.memberId() == null || reply.writtenBy(parent.memberId())
                || !preferences.notifyReplies(parent.memberId())) {
            return;
        }
        Optional<Member> to = members.find(parent.memberId());
        Optional<Article> article = articles.published(reply.articleId());
        if (to.isEmpty() || article.isEmpty()) {
            return;
        }
        outbox.enqueue(OutgoingMail.text(to.get().email(), reply.authorName() + " replied to your comment", """
                Hello %s,

                %s replied to your comment on "%s":

                %s

                Read the conversation: %s

                You get these mails because you asked for them. To stop them, untick "Email me when someone replies
                to my comments" under any article's comments.
                """.formatted(to.get().displayName(), reply.authorName(), article.get().headline(),
                quote(reply.body()), site.absolute(article.get().path() + "#comment-" + reply.id())))
                .withDedupeKey("comment-reply:" + reply.id()));
    }

    /** A moderator approved a held (or rejected) comment. */
    public void approved(Comment comment) {
        toAuthor(comment, "Your comment is published", """
                Hello %s,

                A moderator has read your comment on "%s" and published it:

                %s

                See it: %s
                """, null);
    }

    /** A moderator rejected a comment; the reason is theirs, in their words. */
    public void rejected(Comment comment, String reason) {
        toAuthor(comment, "Your comment was not published", """
                Hello %s,

                A moderator has read your comment on "%s" and did not publish it:

                %s

                The reason: %s

                Our community guidelines: %s
                """, reason);
    }

    /** A moderator's message to a member (a warning, or anything they need to say). */
    public void message(long memberId, String text) {
        members.find(memberId).ifPresent(member -> outbox.enqueue(OutgoingMail.text(member.email(),
                "A message from the moderators of " + site.name(), """
                Hello %s,

                %s

                — The moderators of %s
                """.formatted(member.displayName(), text, site.name()))));
    }

    private void toAuthor(Comment comment, String subject, String template, String reason) {
        if (comment.memberId() == null) {
            return;
        }
        Optional<Member> to = members.find(comment.memberId());
        Optional<Article> article = articles.published(comment.articleId());
        if (to.isEmpty() || article.isEmpty()) {
            return;
        }
        String link = site.absolute(article.get().path() + "#comment-" + comment.id());
        String body = reason == null
                ? template.formatted(to.get().displayName(), article.get().headline(), quote(comment.body()), link)
                : template.formatted(to.get().displayName(), article.get().headline(), quote(comment.body()), reason,
                site.absolute("/community-guidelines"));
        outbox.enqueue(OutgoingMail.text(to.get().email(), subject, body));
    }

    private static String quote(String text) {
        return "> " + text.replace("\n", "\n> ");
    }
}
