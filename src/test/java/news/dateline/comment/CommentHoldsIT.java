package news.dateline.comment;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import news.dateline.article.Article;
import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleService;
import news.dateline.article.SectionDirectory;
import news.dateline.comment.check.CommentChecks;
import news.dateline.comment.moderation.Moderation;
import news.dateline.comment.moderation.Moderator;
import news.dateline.comment.posting.PostingRulesFixture;
import news.dateline.comment.posting.Throttle;
import news.dateline.comment.posting.VerifiedEmails;
import news.dateline.comment.store.CommentWriter;
import news.dateline.comment.store.NewComment;
import news.dateline.member.Member;
import news.dateline.member.Members;
import news.dateline.member.Role;
import news.dateline.ratelimit.RateLimiter;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Comments that pass the checks but still wait for a moderator: a new member's first ones, and those of a member
 * with several recent rejections. The shared test configuration trusts new members (most tests post as fresh
 * ones), so these tests build the posting service with the shipped defaults: three comments, three rejections in 30 days.
 */
@IntegrationTest
class CommentHoldsIT {

    @Autowired
    TestData data;

    static final String PASSWORD = TestData.PASSWORD;

    @Autowired
    CommentRepository repository;
    @Autowired
    CommentChecks checks;
    @Autowired
    AuthorStandings standings;
    @Autowired
    CommentNotifications notifications;
    @Autowired
    CommentWriter writer;
    @Autowired
    CommentThreads threads;
    @Autowired
    CheckOutcomes outcomes;
    @Autowired
    ArticleQueries articleQueries;
    @Autowired
    VerifiedEmails emails;
    @Autowired
    Throttle throttle;
    @Autowired
    CommentProperties configured;
    @Autowired
    MutableClock clock;
    @Autowired
    ArticleService articles;
    @Autowired
    SectionDirectory sections;
    @Autowired
    Members members;
    @Autowired
    Moderation moderation;
    @Autowired
    JdbcClient jdbc;

    CommentPosting comments;

    @Autowired
    news.dateline.site.Words words;

    @BeforeEach
    void shippedDefaults() {
        CommentProperties defaults = new CommentProperties(configured.editWindow(), configured.closeAfter(),
                new RateLimiter.Limit(100, Duration.ofMinutes(10)), configured.pageSize(), configured.maxLength(),
                3, 3, Duration.ofDays(30));
        comments = new CommentPosting(repository, PostingRulesFixture.rules(threads, emails, throttle, repository,
                checks, defaults, clock, words), standings, outcomes, notifications, writer, articleQueries, clock);
    }

    @Test
    void aNewMembersFirstThreeCommentsWaitForAModeratorAndTheFourthIsPublished() {
        Article article = article();
        Member ana = member("Ana");
        Member mod = member("Mo");
        var moderator = new Moderator(mod.id(), "Mo");
        String[] texts = {"I think the bridge is a good idea for the town.", "The ferry was slow and often late.",
                "My children will cross it to school every day.", "I hope the cycle lane is wide enough for all."};

        for (int i = 0; i < 3; i++) {
            PostResult held = comments.post(author(ana), article.id(), null, texts[i]);
            assertThat(held.outcome()).as(texts[i]).isEqualTo(PostResult.Outcome.HELD);
            assertThat(held.message()).contains("awaiting review");
            assertThat(holdReason(held.commentId())).isEqualTo("A new member: their first 3 comments are read first.");
            moderation.approve(List.of(held.commentId()), moderator);
        }

        assertThat(comments.post(author(ana), article.id(), null, texts[3]).outcome())
                .isEqualTo(PostResult.Outcome.PUBLISHED);
    }

    @Test
    void aMemberWithThreeRecentRejectionsIsHeldUntilTheyAgeOut() {
        Article article = article();
        Member ben = member("Ben");
        for (int i = 0; i < 3; i++) {
            writer.insert(new NewComment(article.id(), null, null, 0, ben.id(), "Ben",
                    "published " + i, CommentStatus.PUBLISHED, "PUBLISH", "[]", null, clock.instant()));
            writer.insert(new NewComment(article.id(), null, null, 0, ben.id(), "Ben",
                    "rejected " + i, CommentStatus.REJECTED, "REJECT", "[]", null, clock.instant()));
        }

        PostResult held = comments.post(author(ben), article.id(), null, "I still think the tolls are far too high.");
        assertThat(held.outcome()).isEqualTo(PostResult.Outcome.HELD);
        assertThat(holdReason(held.commentId())).isEqualTo("3 of their comments were rejected in the last 30 days.");

        clock.advance(Duration.ofDays(31));
        assertThat(comments.post(author(ben), article().id(), null, "A month on, the tolls are still too high.")
                .outcome()).isEqualTo(PostResult.Outcome.PUBLISHED);
    }

    private String holdReason(long commentId) {
        return jdbc.sql("select hold_reason from comment where id = :id").param("id", commentId)
                .query(String.class).single();
    }

    private static Comments.Author author(Member member) {
        return new Comments.Author(member.id(), member.displayName());
    }

    private Member member(String name) {
        return data.withRoles(name, Role.MEMBER);
    }

    private Article article() {
        var section = sections.ensure("hold-tests", "Hold tests", 99);
        return articles.publish(articles.create(anArticle().inSection(section)
                .headline("Held story " + UUID.randomUUID()).build(), null).id(), null);
    }
}
