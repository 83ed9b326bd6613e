package news.dateline.comment.community;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleSummary;
import news.dateline.comment.store.CommentWriter;
import news.dateline.member.Account;
import news.dateline.member.Members;
import news.dateline.member.MemberDataContributor;
import news.dateline.member.MemberDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The comment feature's part of a member's data: exported as "comments" (what they wrote, liked and reported), and
 * removed when their account is purged ({@link MemberDeleted}, inside the purge's transaction): the text of their
 * comments blanked and their name replaced (imported ones under their verified address too, that address dropped),
 * their likes and reports taken back. Imported comments matched by the verified address are theirs in both.
 */
@Component
class CommentMemberData implements MemberDataContributor {

    /** The name a deleted member's comments are shown under. */
    static final String FORMER_MEMBER = "Former member";

    private final CommentMemberDataRepository rows;
    private final ArticleQueries articles;
    private final CommentWriter writer;
    private final Members accounts;
    private final Clock clock;

    CommentMemberData(CommentMemberDataRepository rows, ArticleQueries articles, CommentWriter writer,
                      Members accounts, Clock clock) {
        this.rows = rows;
        this.accounts = accounts;
        this.articles = articles;
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    public String exportName() {
        return "comments";
    }

    @Override
    public CommentsExport exportData(long memberId) {
        String verifiedEmail = accounts.account(memberId).filter(Account::emailVerified)
                .map(a -> a.member().email().toLowerCase(Locale.ROOT)).orElse(null);
        List<CommentsExport.Written> written = rows.written(memberId, verifiedEmail);
        Map<Long, ArticleSummary> published = articles.publishedSummaries(written.stream()
                        .map(CommentsExport.Written::articleId).distinct().toList())
                .stream().collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
        List<CommentsExport.Written> withArticles = written.stream().map(c -> {
            ArticleSummary article = published.get(c.articleId());
            return article == null ? c : new CommentsExport.Written(c.id(), c.articleId(), article.headline(),
                    article.path(), c.inReplyTo(), c.text(), c.status(), c.createdAt(), c.editedAt(), c.deletedAt(),
                    c.likesReceived());
        }).toList();
        return new CommentsExport(withArticles, rows.likes(memberId), rows.reports(memberId));
    }

    @EventListener
    void removePersonalData(MemberDeleted deleted) {
        writer.forgetMember(deleted.memberId(), deleted.verifiedEmail(), FORMER_MEMBER,
                clock.instant());
        rows.removeReports(deleted.memberId());
    }
}
