package news.dateline.comment;

import java.time.Clock;

import news.dateline.article.Article;
import news.dateline.article.ArticleQueries;
import news.dateline.comment.check.CheckResult;
import news.dateline.comment.check.Decision;
import news.dateline.comment.posting.Attempt;
import news.dateline.comment.posting.PostingRules;
import news.dateline.comment.posting.Ruling;
import news.dateline.comment.store.CommentWriter;
import news.dateline.comment.store.NewComment;
import news.dateline.site.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts a comment or a reply: the {@link PostingRules} decide (refuse, publish, hold, reject), this class stores
 * the outcome through {@link CommentWriter} (which announces the change) and tells the parent's author of a published reply.
 */
@Service
class CommentPosting {

    private final CommentRepository comments;
    private final PostingRules rules;
    private final AuthorStandings standings;
    private final CheckOutcomes outcomes;
    private final CommentNotifications notifications;
    private final CommentWriter writer;
    private final ArticleQueries articles;
    private final Clock clock;

    CommentPosting(CommentRepository comments, PostingRules rules, AuthorStandings standings, CheckOutcomes outcomes,
                   CommentNotifications notifications, CommentWriter writer, ArticleQueries articles, Clock clock) {
        this.comments = comments;
        this.rules = rules;
        this.standings = standings;
        this.outcomes = outcomes;
        this.notifications = notifications;
        this.writer = writer;
        this.articles = articles;
        this.clock = clock;
    }

    @Transactional
    PostResult post(Comments.Author author, long articleId, Long parentId, String rawText) {
        Article article = articles.published(articleId).orElseThrow(() -> new NotFoundException("article " + articleId));
        Comment parent = parentId == null ? null : comments.find(parentId)
                .filter(p -> p.articleId() == articleId && p.status() == CommentStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("comment " + parentId));
        String text = CheckOutcomes.normalize(rawText);
        Ruling ruling = rules.forPost(new Attempt(article, standings.of(author.memberId()), text));
        if (ruling.refused()) {
            return PostResult.refused(ruling.refusal());
        }
        CheckResult result = ruling.checks();
        String holdReason = ruling.holdReason();
        CommentStatus status = holdReason != null ? CommentStatus.HELD : CheckOutcomes.statusFor(result.decision());
        Long rootId = parent == null ? null : (parent.rootId() == null ? parent.id() : parent.rootId());
        int depth = parent == null ? 0 : Math.min(parent.depth() + 1, 2);
        long id = writer.insert(new NewComment(articleId, parentId, rootId, depth, author.memberId(), author.name(),
                text, status, result.decision().name(), outcomes.verdictsJson(result), holdReason, clock.instant()));
        if (parent != null && status == CommentStatus.PUBLISHED) {
            notifications.replyPublished(comments.find(id).orElseThrow(), parent);
        }
        return outcomes.result(holdReason != null ? new CheckResult(Decision.REVIEW, result.verdicts()) : result, id);
    }
}
