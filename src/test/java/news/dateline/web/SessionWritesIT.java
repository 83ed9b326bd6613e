package news.dateline.web;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

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

/** A signed-in reader's session is stored in PostgreSQL, but reading pages does not rewrite it. */
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

    private long rowVersion(String sessionId) {
        return jdbc.sql("select xmin::text::bigint from spring_session where session_id = :id")
                .param("id", sessionId).query(Long.class).single();
    }
}
