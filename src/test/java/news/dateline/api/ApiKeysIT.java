package news.dateline.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.dateline.member.Role;
import news.dateline.site.SecretTokens;
import news.dateline.support.Http;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Keys of the content API: made by admins in the newsroom, checked on every request, limited per key. */
@IntegrationTest
class ApiKeysIT {

    @Autowired
    TestData data;

    private static final String PASSWORD = TestData.PASSWORD;
    private static final Pattern SECRET = Pattern.compile("<code id=\"api-key-secret\">([^<]+)</code>");

    @Autowired
    ApiKeys keys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @LocalServerPort
    int port;

    @Test
    void aMissingUnknownOrRevokedKeyIsRefusedWithItsReason() {
        Http http = new Http(port);
        var missing = http.get("/api/v1/sections");
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(ApiCaller.parse(missing.body()).get("error").asString()).contains("Missing API key");

        var unknown = http.get("/api/v1/sections", "X-Api-Key", "dl_not-a-key-anyone-has");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(ApiCaller.parse(unknown.body()).get("error").asString()).isEqualTo("Unknown API key.");

        ApiCaller caller = ApiCaller.withNewKey(data, keys);
        assertThat(caller.get("/api/v1/sections").statusCode()).isEqualTo(200);
        long id = keys.find(caller.secret()).orElseThrow().id();
        assertThat(keys.revoke(id)).isTrue();
        var revoked = caller.get("/api/v1/sections");
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(ApiCaller.parse(revoked.body()).get("error").asString()).contains("revoked");
    }

    @Test
    void anAdminMakesAKeyWhoseSecretIsShownOnceAndStoredOnlyAsAHash() {
        WebSession admin = signedIn(Role.ADMIN);
        assertThat(admin.get("/admin/api-keys").statusCode()).isEqualTo(200);
        String name = "Partner " + UUID.randomUUID();
        var made = admin.post("/admin/api-keys", Map.of("name", name));
        assertThat(made.statusCode()).isEqualTo(200);
        Matcher secret = SECRET.matcher(made.body());
        assertThat(secret.find()).as(made.body()).isTrue();

        ApiCaller partner = ApiCaller.withNewKey(data, keys);
        var withMadeKey = new Http(port).get("/api/v1/sections", "X-Api-Key", secret.group(1));
        assertThat(withMadeKey.statusCode()).isEqualTo(200);
        assertThat(partner.get("/api/v1/sections").statusCode()).isEqualTo(200);
        String list = admin.get("/admin/api-keys").body();
        assertThat(list).contains(name).doesNotContain(secret.group(1));
        var stored = jdbc.sql("select key_hash, last_used_at is not null as used from api_key where name = :name")
                .param("name", name).query((rs, n) -> Map.of("hash", rs.getString(1), "used", rs.getBoolean(2)))
                .single();
        assertThat(stored.get("hash")).isEqualTo(SecretTokens.hash(secret.group(1))).isNotEqualTo(secret.group(1));
        assertThat(stored.get("used")).isEqualTo(true);

        long id = jdbc.sql("select id from api_key where name = :name").param("name", name).query(Long.class).single();
        admin.get("/admin/api-keys");
        assertThat(admin.post("/admin/api-keys/" + id + "/revoke", Map.of()).statusCode()).isEqualTo(302);
        assertThat(new Http(port).get("/api/v1/sections", "X-Api-Key", secret.group(1)).statusCode()).isEqualTo(401);
    }

    @Test
    void aKeyNeedsANameAndOnlyAdminsManageKeys() {
        WebSession admin = signedIn(Role.ADMIN);
        admin.get("/admin/api-keys");
        var nameless = admin.post("/admin/api-keys", Map.of("name", "  "));
        assertThat(nameless.statusCode()).isEqualTo(200);
        assertThat(nameless.body()).contains("A key needs a name").doesNotContain("api-key-secret");

        WebSession editor = signedIn(Role.EDITOR);
        assertThat(editor.get("/admin/api-keys").statusCode()).isEqualTo(403);
        assertThat(editor.post("/admin/api-keys", Map.of("name", "Sneaky")).statusCode()).isEqualTo(403);
        WebSession anonymous = data.anonymous();
        anonymous.get("/signin");
        assertThat(anonymous.post("/admin/api-keys", Map.of("name", "Sneaky")).statusCode()).isEqualTo(302);
        assertThat(admin.postRaw("/admin/api-keys", Map.of("name", "No token"), Map.of()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void eachKeyHasItsOwnRateLimitAndIsToldWhenToRetry() {
        ApiCaller busy = ApiCaller.withNewKey(data, keys);
        ApiCaller quiet = ApiCaller.withNewKey(data, keys);
        // the test limit is 25 a minute; the test clock stands still, so all requests fall into one window
        for (int i = 0; i < 25; i++) {
            assertThat(busy.get("/api/v1/sections").statusCode()).isEqualTo(200);
        }
        var refused = busy.get("/api/v1/sections");
        assertThat(refused.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(ApiCaller.parse(refused.body()).get("error").asString()).contains("Rate limit");
        assertThat(quiet.get("/api/v1/sections").statusCode()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(retryAfter));
        assertThat(busy.get("/api/v1/sections").statusCode()).isEqualTo(200);
    }

    @Test
    void theApiOnlyReadsAndKeepsNoSession() throws Exception {
        ApiCaller caller = ApiCaller.withNewKey(data, keys);
        HttpResponse<String> post = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/articles"))
                .header("X-Api-Key", caller.secret()).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow").orElseThrow()).contains("GET");
        assertThat(ApiCaller.parse(post.body()).get("error").asString()).contains("read-only");

        var get = caller.get("/api/v1/sections");
        assertThat(get.headers().allValues("Set-Cookie")).isEmpty();
    }

    private WebSession signedIn(Role role) {
        String email = data.withRoles("Key " + role, role).email();
        WebSession session = data.anonymous();
        session.signIn(email, PASSWORD);
        return session;
    }
}
