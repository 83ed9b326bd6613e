package news.dateline.article;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import news.dateline.comment.Comments;
import news.dateline.comment.PostResult;
import news.dateline.member.Member;
import news.dateline.member.Role;
import news.dateline.support.Http;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a CDN may keep: an anonymous reader's free article and list pages (public, no cookie set, Vary: Cookie),
 * never a signed-in reader's page or a metered one; and conditional GET (ETag, 304) on the anonymous article page.
 */
@IntegrationTest
class ReaderPageCachingIT {

    @Autowired
    TestData data;

    private static final String PASSWORD = TestData.PASSWORD;

    @Autowired
    ArticleService articles;
    @Autowired
    MutableClock clock;
    @Autowired
    Comments comments;
    @LocalServerPort
    int port;

    @Test
    void anAnonymousReadersFreeArticleAndListsAreSharedCacheableWithoutACookie() {
        // lists carry no ETag (see ConditionalGetConfiguration); the article page answers conditional GETs itself
        Article free = publish(anArticle());
        Http http = new Http(port);
        for (String path : new String[] {free.path(), "/", "/latest", free.section().path()}) {
            HttpResponse<String> page = http.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Cache-Control")).as(path).hasValue("public, max-age=60");
            assertThat(page.headers().allValues("Vary")).as(path).anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("cookie"));
            assertThat(page.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void aSignedInReadersPageAndAnyMeteredPageAreNeverSharedCacheable() {
        Article free = publish(anArticle());
        Article metered = publish(anArticle().metered());
        WebSession member = signedIn();

        assertThat(member.get(free.path()).headers().firstValue("Cache-Control")).hasValue("private, no-cache");
        assertThat(member.get("/").headers().firstValue("Cache-Control")).hasValue("private, no-cache");
        assertThat(member.get(metered.path()).headers().firstValue("Cache-Control")).hasValue("private, no-store");
        HttpResponse<String> anonymousMetered = new Http(port).get(metered.path());
        assertThat(anonymousMetered.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        assertThat(anonymousMetered.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void anUnchangedArticlePageAnswers304AndANewCommentOrEditTheNewPage() {
        Article free = publish(anArticle());
        Http http = new Http(port);
        String etag = http.get(free.path()).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = http.get(free.path(), "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        Member commenter = data.withRoles("Etag Reader", Role.MEMBER);
        PostResult comment = comments.post(new Comments.Author(commenter.id(), commenter.displayName()), free.id(),
                null, "I think the council made the right call on the harbour.");
        assertThat(comment.outcome()).as(comment.message()).isEqualTo(PostResult.Outcome.PUBLISHED);
        HttpResponse<String> withComment = http.get(free.path(), "If-None-Match", etag);
        assertThat(withComment.statusCode()).isEqualTo(200);
        assertThat(withComment.body()).contains("the right call on the harbour");
        etag = withComment.headers().firstValue("ETag").orElseThrow();

        clock.advance(Duration.ofSeconds(1)); // a save is a new version by its time
        articles.update(free.id(), articles.get(free.id()).revision(), anArticle().inSection(free.section()).headline("A corrected headline "
                + UUID.randomUUID()).build(), null, false, null);
        HttpResponse<String> changed = http.get(free.path(), "If-None-Match", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("A corrected headline");
    }

    private Article publish(ArticleDraftBuilder draft) {
        var section = data.section();
        return articles.publish(articles.create(draft.inSection(section).build(), null).id(), null);
    }

    private WebSession signedIn() {
        Member member = data.withRoles("Cache Reader", Role.MEMBER);
        String email = member.email();
        WebSession session = data.signedIn(member);
        return session;
    }
}
