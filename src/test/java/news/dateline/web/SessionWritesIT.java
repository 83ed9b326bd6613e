package news.dateline.web;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.SectionDirectory;
import news.dateline.member.Role;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A signed-in reader's session is stored in PostgreSQL, but reading pages does not rewrite it; an anonymous reader's
 * reads start none.
 */
@IntegrationTest
class SessionWritesIT {

    @Autowired
    TestData data;

    @Autowired
    ArticleService articles;
    @Autowired
    SectionDirectory sections;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ServletContext servletContext;

    @Test
    void readingPagesDoesNotRewriteTheStoredSession() {
        String email = data.withRoles("Reader", Role.MEMBER).email();
        Article free = articles.publish(articles.create(anArticle().inSection(sections.ensure("news", "News", 1))
                .build(), null).id(), null);
        WebSession reader = data.anonymous();
        reader.signIn(email, TestData.PASSWORD);
        reader.get(free.path());
        String sessionId = jdbc.sql("select session_id from spring_session where principal_name = :email")
                .param("email", email).query(String.class).single();
        long before = rowVersion(sessionId);

        for (int i = 0; i < 5; i++) {
            assertThat(reader.get(free.path()).statusCode()).isEqualTo(200);
        }

        assertThat(rowVersion(sessionId)).isEqualTo(before);
    }

    @Test
    void anAnonymousReadersReadsStartNoSessionAndSpringSessionIsRegisteredOnce() {
        Article free = articles.publish(articles.create(anArticle().inSection(sections.ensure("news", "News", 1))
                .build(), null).id(), null);
        long before = jdbc.sql("select count(*) from spring_session").query(Long.class).single();
        WebSession reader = data.anonymous();
        for (String path : new String[] {free.path(), "/robots.txt", "/sitemap.xml", "/signin"}) {
            var response = reader.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("SESSION="));
        }
        assertThat(reader.cookie("SESSION")).isEmpty();
        assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single()).isLessThanOrEqualTo(before);
        // Spring Session's filter is behind ReaderSessions only: Boot's own registration of it is off
        assertThat(servletContext.getFilterRegistrations()).containsKey("readerSessions")
                .doesNotContainKey("springSessionRepositoryFilter");
    }

    private long rowVersion(String sessionId) {
        return jdbc.sql("select xmin::text::bigint from spring_session where session_id = :id")
                .param("id", sessionId).query(Long.class).single();
    }
}
