package news.dateline.comment.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import news.dateline.article.Article;
import news.dateline.comment.Comments;
import news.dateline.comment.PostResult;
import news.dateline.comment.ReportReason;
import news.dateline.member.Member;
import news.dateline.member.Members;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A member's comments, likes and reports are in their data download, and are taken out of the comment tables when
 * their account is purged after the deletion grace period.
 */
@IntegrationTest
class CommentMemberDataIT {

    @Autowired
    TestData data;

    static final String ANSWERED = "I think the council should publish every contract it signs.";
    static final String ALONE = "The new timetable seems better for people who work late.";

    @Autowired
    Members accounts;
    @Autowired
    Comments comments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    CommunityTestPeople people;

    @BeforeEach
    void setUp() {
        people = new CommunityTestPeople(data);
    }

    @Test
    void theDataDownloadListsTheMembersCommentsLikesAndReports() {
        Article article = people.article();
        Member lea = people.member("Lea Leaving");
        long answered = post(lea, article, null, ANSWERED);
        long bens = post(people.member("Ben"), article, answered, "I agree, and the contracts should be searchable.");
        comments.like(people.member("Cy").id(), answered);
        comments.like(lea.id(), bens);
        long dis = post(people.member("Di"), article, null, "Nobody reads those contracts anyway, I am afraid.");
        comments.report(lea.id(), dis, ReportReason.OFF_TOPIC, "Not about the timetable.");

        JsonNode export = JsonMapper.builder().build().readTree(people.signedIn(lea).get("/account/export").body())
                .path("other").path("comments");

        JsonNode written = export.path("comments");
        assertThat(written).hasSize(1);
        assertThat(written.get(0).path("id").asLong()).isEqualTo(answered);
        assertThat(written.get(0).path("articleId").asLong()).isEqualTo(article.id());
        assertThat(written.get(0).path("articleHeadline").asString()).isEqualTo(article.headline());
        assertThat(written.get(0).path("articlePath").asString()).isEqualTo(article.path());
        assertThat(written.get(0).path("text").asString()).isEqualTo(ANSWERED);
        assertThat(written.get(0).path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(written.get(0).path("likesReceived").asInt()).isEqualTo(1);
        assertThat(written.get(0).path("createdAt").isMissingNode()).isFalse();
        assertThat(export.path("likesGiven")).singleElement()
                .satisfies(like -> assertThat(like.path("commentId").asLong()).isEqualTo(bens));
        assertThat(export.path("reportsMade")).singleElement().satisfies(report -> {
            assertThat(report.path("commentId").asLong()).isEqualTo(dis);
            assertThat(report.path("reason").asString()).isEqualTo("OFF_TOPIC");
            assertThat(report.path("note").asString()).isEqualTo("Not about the timetable.");
        });
    }

    @Test
    void aPurgedAccountLeavesNoTextNameLikesOrReportsAndRepliesKeepTheirPlace() {
        Article article = people.article();
        Member lea = people.member("Lea Leaving");
        long answered = post(lea, article, null, ANSWERED);
        post(lea, article, null, ALONE);
        Member ben = people.member("Ben");
        long bens = post(ben, article, answered, "I agree, and the contracts should be searchable.");
        comments.like(lea.id(), bens);
        comments.like(people.member("Cy").id(), bens);
        comments.report(lea.id(), bens, ReportReason.SPAM, "Lea's note about Ben.");
        assertThat(accounts.requestDeletion(lea.id(), TestData.PASSWORD)).isTrue();

        clock.advance(Duration.ofDays(8));
        accounts.purgeDeletedAccounts();

        var left = jdbc.sql("select body, status, author_name, deleted_at is not null as gone from comment "
                        + "where member_id = :m order by id").param("m", lea.id()).query().listOfRows();
        assertThat(left).hasSize(2).allSatisfy(row -> {
            assertThat(row.get("body")).isEqualTo("");
            assertThat(row.get("status")).isEqualTo("DELETED");
            assertThat(row.get("author_name")).isEqualTo("Former member");
            assertThat(row.get("gone")).isEqualTo(true);
        });
        assertThat(count("select count(*) from comment_like where member_id = :m", lea.id())).isZero();
        assertThat(count("select count(*) from comment_report where member_id = :m", lea.id())).isZero();
        assertThat(count("select like_count from comment where id = :m", bens)).isEqualTo(1);
        String page = data.anonymous().get(article.path()).body();
        assertThat(page).contains("Comment deleted").contains("I agree, and the contracts should be searchable.")
                .doesNotContain(ANSWERED).doesNotContain(ALONE).doesNotContain("Lea Leaving");
    }

    private long post(Member member, Article article, Long parent, String text) {
        PostResult result = comments.post(new Comments.Author(member.id(), member.displayName()), article.id(), parent,
                text);
        assertThat(result.outcome()).as(result.message()).isEqualTo(PostResult.Outcome.PUBLISHED);
        return result.commentId();
    }

    private int count(String sql, long id) {
        return jdbc.sql(sql).param("m", id).query(Integer.class).single();
    }
}
