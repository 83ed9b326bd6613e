package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import news.dateline.article.Article;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** Tomcat writes a whole article page to the socket at once ({@link SocketWrites}), and the page arrives whole. */
@IntegrationTest
class SocketWritesIT {

    @Autowired
    TestData data;
    @Autowired
    WebServerApplicationContext context;

    @Test
    void eachConnectionsWriteBufferHoldsAWholeArticlePage() {
        var connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize"))).isEqualTo("65536");
    }

    @Test
    void aPageLongerThanTomcatsDefaultBufferArrivesWholeWithItsDeclaredLength() {
        Article story = data.publishedStory(draft -> draft.body(
                "The harbour board met again to weigh the costs of the new quay in full.\n\n".repeat(400)));

        HttpResponse<String> page = data.anonymous().get(story.path());

        assertThat(page.statusCode()).isEqualTo(200);
        int length = page.body().getBytes(StandardCharsets.UTF_8).length;
        assertThat(length).isGreaterThan(3 * 8_192);
        assertThat(page.headers().firstValueAsLong("Content-Length")).hasValue(length);
        assertThat(page.body()).contains("</html>");
    }
}
