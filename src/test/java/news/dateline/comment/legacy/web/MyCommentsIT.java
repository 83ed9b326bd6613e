package news.dateline.comment.legacy.web;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.Section;
import news.dateline.article.SectionDirectory;
import news.dateline.comment.Comments;
import news.dateline.comment.PostResult;
import news.dateline.comment.legacy.ImportProgress;
import news.dateline.comment.legacy.LegacyArticles;
import news.dateline.comment.legacy.LegacyCommentImports;
import news.dateline.member.Member;
import news.dateline.member.Members;
import news.dateline.member.Role;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "My comments": native and imported comments together for the member whose verified email wrote them. */
@IntegrationTest
class MyCommentsIT {

    @Autowired
    TestData data;

    static final String PASSWORD = TestData.PASSWORD;
    static final String HEADER = "id,article,parent_id,author_name,author_email,text,created_at,likes,status\n";

    @Autowired
    LegacyCommentImports imports;
    @Autowired
    LegacyArticles legacyArticles;
    @Autowired
    Comments comments;
    @Autowired
    ArticleService articles;
    @Autowired
    SectionDirectory sections;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Members accounts;
    @Autowired
    MutableClock clock;

    @Test
    void aMemberSeesTheirNewAndOlderCommentsNewestFirstWithArticlesAndStatus() {
        Article article = article();
        Member ana = member("Ana");
        String key = mapped(article);
        importCsv(HEADER
                + "a-1," + key + ",,Ana of old,\"" + ana.email().toUpperCase(Locale.ROOT) + "\",I wrote this years ago.,2015-01-01T10:00:00Z,3,approved\n"
                + "a-2," + key + ",,Ana of old," + ana.email() + ",And this one waited for a moderator.,2015-01-02T10:00:00Z,0,pending\n"
                + "a-3," + key + ",,Somebody else,else@example.com,Not written by Ana.,2015-01-03T10:00:00Z,0,approved\n");
        PostResult now = comments.post(new Comments.Author(ana.id(), ana.displayName()), article.id(), null,
                "The bridge will change how the whole city moves about.");
        assertThat(now.outcome()).isEqualTo(PostResult.Outcome.PUBLISHED);

        WebSession session = data.signedIn(ana);
        assertThat(session.get("/account").body()).contains("href=\"/account/comments\"");
        String page = session.get("/account/comments").body();

        assertThat(page).contains("The bridge will change how the whole city moves about.")
                .contains("I wrote this years ago.").contains("And this one waited for a moderator.")
                .contains("Awaiting review").contains("from our previous comment platform")
                .contains(article.headline()).contains("href=\"" + article.path() + "#comment-" + now.commentId() + "\"")
                .doesNotContain("Not written by Ana.");
        assertThat(page.indexOf("The bridge will change")).isLessThan(page.indexOf("And this one waited"));
        assertThat(page.indexOf("And this one waited")).isLessThan(page.indexOf("I wrote this years ago."));
    }

    @Test
    void anotherMemberAndAnUnverifiedEmailSeeNoneOfThem() {
        Article article = article();
        Member ana = member("Ana");
        Member bo = member("Bo");
        Member cy = member("Cy");
        jdbc.sql("update member set email_verified_at = null where id = :id").param("id", cy.id()).update();
        String key = mapped(article);
        importCsv(HEADER
                + "b-1," + key + ",,Ana of old," + ana.email() + ",Ana wrote this long ago.,2015-01-01T10:00:00Z,0,approved\n"
                + "b-2," + key + ",,Cy of old," + cy.email() + ",Cy wrote this before confirming.,2015-01-01T10:00:00Z,0,approved\n");

        assertThat(data.signedIn(bo).get("/account/comments").body()).doesNotContain("Ana wrote this long ago.")
                .contains("You have not commented yet.");
        assertThat(data.signedIn(cy).get("/account/comments").body()).doesNotContain("Cy wrote this before confirming.");
        assertThat(data.signedIn(ana).get("/account/comments").body()).contains("Ana wrote this long ago.");
    }

    @Test
    void manyCommentsComeInPages() {
        Article article = article();
        Member ana = member("Ana");
        String key = mapped(article);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 21; i++) {
            csv.append("p-").append(i).append(',').append(key).append(",,Ana,").append(ana.email())
                    .append(",Comment number ").append(i).append(" of many.,2015-01-")
                    .append(String.format("%02d", i)).append("T10:00:00Z,0,approved\n");
        }
        importCsv(csv.toString());
        WebSession session = data.signedIn(ana);

        String first = session.get("/account/comments").body();
        String second = session.get("/account/comments?page=2").body();

        assertThat(first).contains("Comment number 21 of many.").contains("Comment number 2 of many.")
                .doesNotContain("Comment number 1 of many.").contains("href=\"/account/comments?page=2\"");
        assertThat(second).contains("Comment number 1 of many.").doesNotContain("Comment number 2 of many.")
                .contains("href=\"/account/comments?page=1\"");
    }

    @Test
    void aDeletedAccountsImportedCommentsAreExportedThenBlankedAndTheirAddressDroppedAtThePurge() {
        Article article = article();
        Member ana = member("Ana");
        String key = mapped(article);
        importCsv(HEADER
                + "d-1," + key + ",,Ana of old," + ana.email() + ",Ana's old answer about the ferry.,2015-01-01T10:00:00Z,0,approved\n"
                + "d-2," + key + ",d-1,Ben of old,ben@example.com,Ben replied to Ana back then.,2015-01-02T10:00:00Z,0,approved\n"
                + "d-3," + key + ",,Ana of old," + ana.email() + ",Ana's old remark with no replies.,2015-01-03T10:00:00Z,0,approved\n");
        WebSession session = data.signedIn(ana);
        assertThat(session.get("/account/export").body()).contains("Ana's old answer about the ferry.")
                .contains("Ana's old remark with no replies.").doesNotContain("Ben replied");
        assertThat(accounts.requestDeletion(ana.id(), PASSWORD)).isTrue();

        clock.advance(Duration.ofDays(8));
        accounts.purgeDeletedAccounts();

        var anas = jdbc.sql("""
                        select body, status, author_name, legacy_author_email from comment
                        where legacy_id in ('d-1', 'd-3') and article_id = :a order by legacy_id""")
                .param("a", article.id()).query().listOfRows();
        assertThat(anas).hasSize(2).allSatisfy(row -> {
            assertThat(row.get("body")).isEqualTo("");
            assertThat(row.get("status")).isEqualTo("DELETED");
            assertThat(row.get("author_name")).isEqualTo("Former member");
            assertThat(row.get("legacy_author_email")).isNull();
        });
        String page = data.anonymous().get(article.path()).body();
        assertThat(page).contains("Comment deleted").contains("Ben replied to Ana back then.")
                .doesNotContain("Ana's old answer").doesNotContain("Ana's old remark").doesNotContain("Ana of old");
    }

    @Test
    void anonymousReadersAreSentToSignIn() {
        var response = data.anonymous().get("/account/comments");

        assertThat(response.statusCode()).isBetween(300, 399);
    }

    private void importCsv(String csv) {
        imports.run("mine.csv", "mine-" + UUID.randomUUID(), new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ImportProgress.NONE);
    }

    private String mapped(Article article) {
        String key = "old-" + UUID.randomUUID();
        legacyArticles.put(key, String.valueOf(article.id()));
        return key;
    }

    private Member member(String name) {
        return data.withRoles(name, Role.MEMBER);
    }

    private Article article() {
        Section section = sections.ensure("legacy-comment-tests", "Legacy comment tests", 96);
        return articles.publish(articles.create(anArticle().inSection(section)
                .headline("Story with old comments " + UUID.randomUUID()).build(), null).id(), null);
    }
}
