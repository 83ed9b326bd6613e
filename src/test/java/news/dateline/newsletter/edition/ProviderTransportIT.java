package news.dateline.newsletter.edition;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.sendgrid.SendGrid;
import news.dateline.newsletter.Cadence;
import news.dateline.newsletter.Newsletter;
import news.dateline.newsletter.NewsletterForm;
import news.dateline.newsletter.NewsletterKind;
import news.dateline.newsletter.Newsletters;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivery through the providers' APIs with their official SDKs, against WireMock answering as SES v2 and SendGrid
 * document: SendGrid's copies go many to a request, each still with its own greeting, links and delivery id; accepted
 * copies are marked sent once, throttled ones wait for a retry, refused ones fail without
 * suppressing the address (the providers report real bounces through their webhooks), and the copy carries the same
 * unsubscribe headers and our delivery id.
 */
@IntegrationTest
class ProviderTransportIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final WireMockServer provider = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

    @Autowired
    EditionQueue queue;
    @Autowired
    Editions editions;
    @Autowired
    DeliveryWorker worker;
    @Autowired
    CopySender copies;
    @Autowired
    CopyRenderer renderer;
    @Autowired
    EditionContents contents;
    @Autowired
    Newsletters newsletters;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void start() {
        provider.start();
    }

    @AfterEach
    void stop() {
        provider.stop();
    }

    @Test
    void sesSendsRawCopiesRetriesThrottledOnesAndFailsRejectedOnesWithoutSuppressing() throws Exception {
        String ok = "/v2/email/outbound-emails";
        provider.stubFor(post(urlEqualTo(ok)).atPriority(10).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"MessageId\":\"0100018c-" + UUID.randomUUID() + "\"}")));
        provider.stubFor(post(urlEqualTo(ok)).withRequestBody(containing("throttled")).atPriority(1)
                .willReturn(aResponse().withStatus(429).withHeader("x-amzn-ErrorType", "TooManyRequestsException")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"Maximum sending rate exceeded.\"}")).withName("throttle"));
        provider.stubFor(post(urlEqualTo(ok)).withRequestBody(containing("rejected")).atPriority(1)
                .willReturn(aResponse().withStatus(400).withHeader("x-amzn-ErrorType", "MessageRejected")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"Email address is not verified.\"}")));
        SesV2Client ses = SesV2Client.builder().region(Region.EU_WEST_1)
                .endpointOverride(URI.create("http://127.0.0.1:" + provider.port()))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
                .overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(1)))
                .build();
        CopyTransport transport = new SesCopyTransport(ses, copies, "newsletters");

        Edition edition = edition(List.of("ok1", "ok2", "throttled", "rejected"));
        worker.drainThrough(transport, "ses");

        assertThat(status(edition, "ok1")).isEqualTo("SENT");
        assertThat(status(edition, "ok2")).isEqualTo("SENT");
        assertThat(status(edition, "throttled")).isEqualTo("PENDING");
        assertThat(error(edition, "throttled")).contains("TooManyRequestsException");
        assertThat(status(edition, "rejected")).isEqualTo("FAILED");
        assertThat(error(edition, "rejected")).contains("MessageRejected");
        assertThat(suppressed(edition, "rejected")).isFalse();

        JsonNode request = JSON.readTree(provider.findAll(postRequestedFor(urlEqualTo(ok))
                .withRequestBody(containing("ok1"))).getFirst().getBodyAsString());
        assertThat(request.get("ConfigurationSetName").asString()).isEqualTo("newsletters");
        String mime = new String(Base64.getDecoder().decode(request.get("Content").get("Raw").get("Data").asString()),
                StandardCharsets.UTF_8);
        assertThat(mime).contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click").contains("X-Dateline-Delivery-Id: ");

        provider.removeStub(provider.getSingleStubMapping(provider.listAllStubMappings().getMappings().stream()
                .filter(m -> "throttle".equals(m.getName())).findFirst().orElseThrow().getId()));
        clock.advance(Duration.ofSeconds(2)); // past the first retry delay (1s in tests)
        worker.drainThrough(transport, "ses");
        assertThat(status(edition, "throttled")).isEqualTo("SENT");
        assertThat(provider.findAll(postRequestedFor(urlEqualTo(ok)).withRequestBody(containing("ok1")))).hasSize(1);
    }

    @Test
    void sendGridSendsAnEditionsCopiesInOneRequestEachWithItsOwnGreetingLinksAndDeliveryId() throws Exception {
        String send = "/v3/mail/send";
        provider.stubFor(post(urlEqualTo(send)).willReturn(aResponse().withStatus(202)));
        Edition edition = edition(List.of("asha", "ben", "chen"));
        jdbc.sql("update newsletter_delivery set name = 'Asha <b>&' where edition_id = :e and address like 'asha-%'")
                .param("e", edition.id()).update();

        worker.drainThrough(sendgrid(100), "sendgrid");

        assertThat(List.of(status(edition, "asha"), status(edition, "ben"), status(edition, "chen")))
                .containsOnly("SENT");
        List<LoggedRequest> requests = provider.findAll(postRequestedFor(urlEqualTo(send))
                .withRequestBody(containing("asha-")));
        assertThat(requests).hasSize(1);
        assertThat(requests.getFirst().getHeader("Authorization")).isEqualTo("Bearer SG.test-key");
        JsonNode body = JSON.readTree(requests.getFirst().getBodyAsString());
        assertThat(body.get("personalizations")).hasSize(3);
        assertThat(body.get("headers").get("List-Unsubscribe-Post").asString()).isEqualTo("List-Unsubscribe=One-Click");
        CopyTemplate template = renderer.compile(contents.load(edition.id()));
        for (JsonNode personalization : body.get("personalizations")) {
            String address = personalization.get("to").get(0).get("email").asString();
            String prefix = address.substring(0, address.indexOf('-'));
            Copy expected = renderer.render(template, Long.parseLong(column(edition, prefix, "subscriber_id::text")),
                    address, "asha".equals(prefix) ? "Asha <b>&" : null);
            // what the reader gets once SendGrid substitutes: the very copy SMTP would have carried
            assertThat(substituted(body.get("content").get(0).get("value").asString(), personalization))
                    .isEqualTo(expected.text());
            assertThat(substituted(body.get("content").get(1).get("value").asString(), personalization))
                    .isEqualTo(expected.html());
            assertThat(personalization.get("headers").get("List-Unsubscribe").asString())
                    .isEqualTo("<" + expected.oneClickUrl() + ">");
            assertThat(personalization.get("custom_args").get("dateline_delivery_id").asString())
                    .isEqualTo(String.valueOf(deliveryId(edition, prefix)));
        }
        assertThat(substituted(body.get("content").get(1).get("value").asString(), body.get("personalizations").get(0)))
                .contains("Asha &lt;b&gt;&amp;").doesNotContain("Asha <b>");
    }

    @Test
    void sendGridFailsTheCopiesA400NamesResendsTheRestAndRetriesAThrottledRequestWithoutResendingAcceptedOnes()
            throws Exception {
        String send = "/v3/mail/send";
        provider.stubFor(post(urlEqualTo(send)).atPriority(10).willReturn(aResponse().withStatus(202)));
        // SendGrid's documented answers: a 400 naming the personalization it refuses, a 429 for the whole request
        provider.stubFor(post(urlEqualTo(send)).withRequestBody(containing("invalid-")).atPriority(1)
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"errors\":[{\"message\":\"Does not contain a valid address.\","
                                + "\"field\":\"personalizations.1.to.0.email\",\"help\":null}]}")));
        provider.stubFor(post(urlEqualTo(send)).withRequestBody(containing("throttled-")).atPriority(1)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody("{\"errors\":[{\"field\":null,\"message\":\"too many requests\"}]}"))
                .withName("throttle"));
        // three copies a request: [ok1, invalid, ok2] then [throttled]
        CopyTransport transport = sendgrid(3);
        Edition edition = edition(List.of("ok1", "invalid", "ok2", "throttled"));

        worker.drainThrough(transport, "sendgrid");

        assertThat(status(edition, "ok1")).isEqualTo("SENT");
        assertThat(status(edition, "ok2")).isEqualTo("SENT");
        assertThat(status(edition, "invalid")).isEqualTo("FAILED");
        assertThat(error(edition, "invalid")).contains("400").contains("valid address");
        assertThat(suppressed(edition, "invalid")).isFalse();
        assertThat(status(edition, "throttled")).isEqualTo("PENDING");
        assertThat(error(edition, "throttled")).contains("429");
        List<LoggedRequest> withOk1 = provider.findAll(postRequestedFor(urlEqualTo(send))
                .withRequestBody(containing("ok1-")));
        assertThat(withOk1).hasSize(2); // refused with the invalid copy, then accepted without it
        assertThat(withOk1.get(1).getBodyAsString()).contains("ok2-").doesNotContain("invalid-");

        provider.removeStub(provider.getSingleStubMapping(provider.listAllStubMappings().getMappings().stream()
                .filter(m -> "throttle".equals(m.getName())).findFirst().orElseThrow().getId()));
        clock.advance(Duration.ofSeconds(2)); // past the first retry delay (1s in tests)
        worker.drainThrough(transport, "sendgrid");

        assertThat(status(edition, "throttled")).isEqualTo("SENT");
        assertThat(provider.findAll(postRequestedFor(urlEqualTo(send)).withRequestBody(containing("ok1-")))).hasSize(2);
        assertThat(provider.findAll(postRequestedFor(urlEqualTo(send)).withRequestBody(containing("throttled-"))))
                .hasSize(2);
    }

    private SendGridCopyTransport sendgrid(int batchSize) {
        SendGrid client = new SendGrid("SG.test-key", true);
        client.setHost("127.0.0.1:" + provider.port());
        client.setRateLimitRetry(0);
        return new SendGridCopyTransport(client, copies, renderer, batchSize);
    }

    // the content as SendGrid sends it to this personalization's recipient
    private static String substituted(String content, JsonNode personalization) {
        String result = content;
        for (var entry : personalization.get("substitutions").properties()) {
            result = result.replace(entry.getKey(), entry.getValue().asString());
        }
        return result;
    }

    private Edition edition(List<String> prefixes) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Newsletter newsletter = newsletters.create(new NewsletterForm("Providers " + run, "", "", Cadence.DAILY,
                NewsletterKind.EDITORIAL, "The Desk", "", true, List.of()));
        for (String prefix : prefixes) {
            long id = jdbc.sql("insert into newsletter_subscriber (email, confirmed_at, created_at) values (:e, now(), now()) returning id")
                    .param("e", prefix + "-" + run + "@test.local").query(Long.class).single();
            jdbc.sql("""
                            insert into newsletter_subscription (newsletter_id, subscriber_id, subscribed, changed_at, source)
                            values (:n, :s, true, now(), 'test')""").param("n", newsletter.id()).param("s", id).update();
        }
        Edition edition = editions.create(newsletter.id(), "Providers " + run, "Good morning.", List.of());
        editions.sendNow(edition.id());
        queue.queue(edition.id());
        return edition;
    }

    private String status(Edition edition, String prefix) {
        return column(edition, prefix, "status");
    }

    private String error(Edition edition, String prefix) {
        return column(edition, prefix, "last_error");
    }

    private long deliveryId(Edition edition, String prefix) {
        return Long.parseLong(column(edition, prefix, "id::text"));
    }

    private boolean suppressed(Edition edition, String prefix) {
        return jdbc.sql("select exists (select 1 from newsletter_suppression where address = lower(:a))")
                .param("a", column(edition, prefix, "address")).query(Boolean.class).single();
    }

    private String column(Edition edition, String prefix, String column) {
        return jdbc.sql("select " + column + " from newsletter_delivery where edition_id = :e and address like :p")
                .param("e", edition.id()).param("p", prefix + "-%").query(String.class).single();
    }
}
