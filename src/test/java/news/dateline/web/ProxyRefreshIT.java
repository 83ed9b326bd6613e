package news.dateline.web;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.SectionDirectory;
import news.dateline.comment.Comments;
import news.dateline.comment.PostResult;
import news.dateline.member.Member;
import news.dateline.member.Role;
import news.dateline.support.Http;
import news.dateline.support.IntegrationTest;
import news.dateline.support.SecondNode;
import news.dateline.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The caching proxy is purged by the node that commits a change, and only by it: a stand-in proxy records the
 * refresh requests a node with {@code dateline.proxy.*} sends, with the secret header, for an article's page and
 * fronts when it changes and for its page when a comment is posted. An unpublished article's old address answers
 * 404 with a one-second public lifetime, so the proxy's refresh replaces its stored copy.
 */
@IntegrationTest
class ProxyRefreshIT {

    @Autowired
    TestData data;

    @Autowired
    SectionDirectory sections;

    @Test
    void theNodeThatCommitsAChangeAsksTheProxyForTheArticlesPagesAfresh() throws Exception {
        List<String> refreshed = new CopyOnWriteArrayList<>();
        HttpServer proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        proxy.createContext("/", exchange -> {
            refreshed.add(exchange.getRequestHeaders().getFirst(ProxyRefresh.HEADER) + " " + exchange.getRequestURI());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        proxy.start();
        try (SecondNode node = data.secondNode(
                "dateline.proxy.refresh-url=http://127.0.0.1:" + proxy.getAddress().getPort(),
                "dateline.proxy.refresh-token=proxy-secret", "dateline.comments.first-comments-held=0")) {
            ArticleService articles = node.bean(ArticleService.class);
            var section = sections.ensure("proxied", "Proxied", 98);
            Article article = articles.publish(articles.create(anArticle().inSection(section).build(), null).id(), null);
            awaitContains(refreshed, "proxy-secret " + article.path(), "proxy-secret /proxied", "proxy-secret /",
                    "proxy-secret /latest");

            refreshed.clear();
            Member author = data.withRoles("Proxy Reader", Role.MEMBER);
            PostResult posted = node.bean(Comments.class).post(new Comments.Author(author.id(), author.displayName()),
                    article.id(), null, "I think the council made the right call on the harbour.");
            assertThat(posted.accepted()).as(posted.message()).isTrue();
            awaitContains(refreshed, "proxy-secret " + article.path());

            articles.unpublish(article.id(), null);
            var gone = new Http(node.port()).get(article.path());
            assertThat(gone.statusCode()).isEqualTo(404);
            assertThat(gone.headers().firstValue("Cache-Control")).hasValue("public, max-age=1");
        } finally {
            proxy.stop(0);
        }
    }

    @Test
    void withoutAProxyConfiguredNothingIsAsked() {
        assertThat(new ProxyProperties("", "", Duration.ofSeconds(1)).enabled()).isFalse();
        assertThat(new ProxyProperties("http://127.0.0.1:1", "", Duration.ofSeconds(1)).enabled()).isFalse();
    }

    private static void awaitContains(List<String> seen, String... expected) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(seen).contains(expected));
    }
}
