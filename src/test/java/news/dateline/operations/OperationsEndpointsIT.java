package news.dateline.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import news.dateline.comment.check.CommentChecks;
import news.dateline.ingest.ArticleImporter;
import news.dateline.ingest.ImportException;
import news.dateline.member.Role;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What operations reads from a running node: Prometheus metrics for admins only, health for a load balancer. */
@IntegrationTest
class OperationsEndpointsIT {

    @Autowired
    TestData data;

    private static final String PASSWORD = TestData.PASSWORD;

    @Autowired
    CommentChecks checks;
    @Autowired
    MeterRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ArticleImporter importer;

    @Test
    void prometheusMetricsAreForAdminsOnly() {
        assertThat(data.anonymous().get("/actuator/prometheus").statusCode()).isEqualTo(302);

        String email = data.withRoles("Reader", Role.MEMBER).email();
        WebSession reader = data.anonymous();
        reader.signIn(email, PASSWORD);
        assertThat(reader.get("/actuator/prometheus").statusCode()).isEqualTo(403);

        WebSession admin = data.anonymous();
        admin.signIn("admin@test.local", "admin kettle marigold for tests");
        var scrape = admin.get("/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("dateline_mail_outbox{status=\"pending\"}")
                .contains("dateline_mail_outbox{status=\"failed\"}")
                .contains("dateline_mail_outbox_oldest_age_seconds")
                .contains("dateline_newsletter_copies{status=\"pending\"}")
                .contains("dateline_newsletter_copies_oldest_wait_seconds")
                .contains("dateline_comment_checks_seconds_count{decision=\"publish\"}")
                .contains("dateline_mail_attempts_total{outcome=\"sent\"}")
                .contains("dateline_newsletter_deliveries_total{outcome=\"sent\"}")
                .contains("dateline_newsletter_deliveries_total{outcome=\"bounced\"}")
                .contains("dateline_newsletter_leases_reclaimed_total")
                .contains("dateline_newsletter_feedback_total{kind=\"hard_bounce\"}")
                .contains("dateline_ingest_articles_total{outcome=\"rejected\"}")
                // node caches, by Caffeine's own statistics
                .contains("cache_gets_total{cache=\"article.versions\",result=\"hit\"}")
                .contains("cache_gets_total{cache=\"article.pages\",result=\"miss\"}")
                .contains("cache_gets_total{cache=\"web.sessions\",result=\"hit\"}")
                .contains("cache_evictions_total{cache=\"access.meter\"}")
                // Spring's own: scheduled jobs (runs, duration, failures by outcome) and the connection pool
                .contains("tasks_scheduled_execution_seconds_count")
                .contains("hikaricp_connections_active");
    }

    @Test
    void aStoryReadTwiceIsServedTheSecondTimeFromTheNodesCaches() {
        var story = data.publishedStory();
        WebSession reader = data.anonymous();
        assertThat(reader.get(story.path()).statusCode()).isEqualTo(200);
        double versionHits = cacheHits("article.versions");
        double pageHits = cacheHits("article.pages");

        // another test's write in this shared application may evict the story between two reads (the caches follow
        // every change on every node), so read again until a read is served from the caches
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(reader.get(story.path()).statusCode()).isEqualTo(200);
            assertThat(cacheHits("article.versions")).isGreaterThan(versionHits);
            assertThat(cacheHits("article.pages")).isGreaterThan(pageHits);
        });
    }

    @Test
    void aRejectedImportIsCounted() {
        double before = registry.get("dateline.ingest.articles").tag("outcome", "rejected").counter().count();

        assertThatThrownBy(() -> importer.importText("empty.txt", "", false)).isInstanceOf(ImportException.class);

        assertThat(registry.get("dateline.ingest.articles").tag("outcome", "rejected").counter().count())
                .isEqualTo(before + 1);
    }

    @Test
    void everyCommentCheckIsTimedAndItsReasonsCounted() {
        double personalBefore = reasons("personal");
        double checkedBefore = timed("reject") + timed("review") + timed("publish");

        var result = checks.check("You are a pathetic idiot and everyone here knows it.");

        assertThat(result.reasons()).isNotEmpty();
        assertThat(timed("reject") + timed("review") + timed("publish")).isEqualTo(checkedBefore + 1);
        double flagged = 0;
        for (var rule : result.reasons()) {
            flagged += reasons(rule.name().toLowerCase());
        }
        assertThat(flagged).isGreaterThan(0);
        assertThat(reasons("personal") + reasons("abusive")).isGreaterThan(personalBefore);
    }

    @Test
    void healthGroupsForTheLoadBalancerIncludeTheDatabaseAndTheChangeFeed() {
        WebSession anonymous = data.anonymous();
        var readiness = anonymous.get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"").doesNotContain("changeFeed");
        assertThat(anonymous.get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        WebSession admin = data.anonymous();
        admin.signIn("admin@test.local", "admin kettle marigold for tests");
        assertThat(admin.get("/actuator/health/readiness").body())
                .contains("\"changeFeed\":{\"status\":\"UP\"").contains("\"db\":{");
    }

    @Test
    void readinessGoesDownWhileTheChangeFeedHasLostItsConnectionAndRecovers() {
        WebSession admin = data.anonymous();
        admin.signIn("admin@test.local", "admin kettle marigold for tests");
        assertThat(admin.get("/actuator/health/readiness").body()).contains("\"changeFeed\":{\"status\":\"UP\"");

        // cut the feed's LISTEN connection as a database restart or a network drop would; it reconnects within
        // about a second, so it is cut again on every poll until readiness is seen DOWN
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            terminateTheChangeFeedsConnection();
            var readiness = admin.get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("\"changeFeed\":{\"details\":"
                    + "{\"reason\":\"not listening for other nodes' changes\"},\"status\":\"DOWN\"}");
        });

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            var readiness = admin.get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).contains("\"changeFeed\":{\"status\":\"UP\"");
        });
    }

    private void terminateTheChangeFeedsConnection() {
        jdbc.sql("""
                        select pg_terminate_backend(pid) from pg_stat_activity
                        where datname = current_database() and pid <> pg_backend_pid() and query like 'LISTEN %'""")
                .query(Boolean.class).list();
    }

    private double cacheHits(String cache) {
        return registry.get("cache.gets").tag("cache", cache).tag("result", "hit").functionCounter().count();
    }

    private double timed(String decision) {
        var timer = registry.find("dateline.comment.checks").tag("decision", decision).timer();
        return timer == null ? 0 : timer.count();
    }

    private double reasons(String rule) {
        return registry.find("dateline.comment.checks.reasons").tag("rule", rule).counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }
}
