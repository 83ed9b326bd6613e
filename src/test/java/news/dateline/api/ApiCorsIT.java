package news.dateline.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Pages of the configured origin (https://partner.test in the test properties) may call the API; others may not. */
@IntegrationTest
class ApiCorsIT {

    private static final String PARTNER = "https://partner.test";

    @Autowired
    TestData data;
    @Autowired
    ApiKeys keys;
    @LocalServerPort
    int port;

    @Test
    void aPreflightFromTheAllowedOriginNeedsNoKey() throws Exception {
        HttpResponse<String> preflight = preflight(PARTNER);
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(PARTNER);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("GET")
                .doesNotContain("POST");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
                .contains("x-api-key");

        assertThat(preflight("https://elsewhere.test").statusCode()).isEqualTo(403);
    }

    @Test
    void answersToTheAllowedOriginExposeTheirETag() {
        ApiCaller caller = ApiCaller.withNewKey(data, keys);
        HttpResponse<String> response = caller.get("/api/v1/sections", "Origin", PARTNER);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(PARTNER);
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers").orElseThrow()).contains("ETag");

        HttpResponse<String> sameSite = caller.get("/api/v1/sections");
        assertThat(sameSite.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpResponse<String> preflight(String origin) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/v1/articles"))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", origin)
                        .header("Access-Control-Request-Method", "GET")
                        .header("Access-Control-Request-Headers", "x-api-key")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
