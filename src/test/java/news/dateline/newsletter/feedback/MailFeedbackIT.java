package news.dateline.newsletter.feedback;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.MeterRegistry;
import news.dateline.member.Member;
import news.dateline.member.Members;
import news.dateline.member.Role;
import news.dateline.newsletter.Cadence;
import news.dateline.newsletter.Newsletter;
import news.dateline.newsletter.NewsletterForm;
import news.dateline.newsletter.NewsletterKind;
import news.dateline.newsletter.Newsletters;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bounces and complaints reported by SES (through SNS), SendGrid and Postmark, over HTTP against the running app:
 * signed deliveries are stored once and suppress as the rules say; forged, foreign, stale and oversized deliveries
 * are refused with nothing stored. SNS certificates and subscription confirmations are served by WireMock, signed
 * with a key pair made for the test.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailFeedbackIT {

    @Autowired
    TestData data;

    static final String TOPIC = "arn:aws:sns:eu-west-1:123456789012:dateline-ses-feedback";
    // the private half of dateline.newsletters.feedback.sendgrid-public-key in application-test.properties (a
    // key made for these tests only)
    static final String SENDGRID_PRIVATE = "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgOujsPs5zxSrl8in1remgQ5mQNCp+QuZbL0Rq5Dpm/i"
            + "2hRANCAARjj2AnpqKGY4LJFGMoLXq2wmYQqaN9WLTdU1DamREygyiqcJz7aZvYZdqIsZoJ7Op5pNC7iqIYxFHbaZcL2rBa";
    static final JsonMapper JSON = JsonMapper.builder().build();

    final WireMockServer aws = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    PrivateKey snsKey;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    MeterRegistry metrics;
    @Autowired
    Newsletters newsletters;
    @Autowired
    Members accounts;
    @Autowired
    Suppressions suppressions;
    @Value("${dateline.admin.email}")
    String adminEmail;
    @Value("${dateline.admin.password}")
    String adminPassword;

    @BeforeAll
    void snsCertificate() throws Exception {
        Path dir = Files.createTempDirectory("sns-cert");
        Path store = dir.resolve("sns.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "sns", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=sns.amazonaws.com", "-startdate", "-1d", "-validity", "3650", "-keystore", store.toString(),
                "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit").inheritIO().start();
        assertThat(p.waitFor()).isZero();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (var in = new FileInputStream(store.toFile())) {
            keys.load(in, "changeit".toCharArray());
        }
        snsKey = (PrivateKey) keys.getKey("sns", "changeit".toCharArray());
        Certificate cert = keys.getCertificate("sns");
        String pem = "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(cert.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        aws.start();
        aws.stubFor(get(urlPathEqualTo("/SimpleNotificationService-test.pem")).willReturn(aResponse().withBody(pem)));
        aws.stubFor(get(urlPathEqualTo("/")).willReturn(aResponse().withStatus(200)
                .withBody("<ConfirmSubscriptionResponse/>")));
    }

    @AfterAll
    void stop() {
        aws.stop();
    }

    @Test
    void sesSubscriptionIsConfirmedAndAHardBounceSuppressesOnceWhileForgedForeignAndStaleMessagesAreRefused()
            throws Exception {
        String subscribeUrl = "http://127.0.0.1:" + aws.port() + "/?Action=ConfirmSubscription&TopicArn=" + TOPIC
                + "&Token=abc";
        var confirmation = sns("SubscriptionConfirmation", TOPIC, "You have chosen to subscribe", clock.instant(),
                Map.of("SubscribeURL", subscribeUrl, "Token", "abc"));
        assertThat(post("/webhooks/mail/ses", confirmation, Map.of()).statusCode()).isEqualTo(200);
        aws.verify(1, getRequestedFor(urlPathEqualTo("/")));

        String address = "gone-" + suffix() + "@test.local";
        long delivery = copyTo(address);
        String bounce = sesBounce("Permanent", address, delivery, "fb-" + suffix());
        String signed = sns("Notification", TOPIC, bounce, clock.instant(), Map.of());
        double hardBounces = hardBouncesReported();

        var first = post("/webhooks/mail/ses", signed, Map.of());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("recorded 1 of 1");
        assertThat(post("/webhooks/mail/ses", signed, Map.of()).body()).as("a replay changes nothing")
                .startsWith("recorded 0 of 1");
        assertThat(hardBouncesReported()).as("counted once, like the report").isEqualTo(hardBounces + 1);
        assertThat(reports(address)).isEqualTo(1);
        assertThat(suppression(address)).isEqualTo("HARD_BOUNCE");
        assertThat(jdbc.sql("select delivery_id from newsletter_mail_feedback where address = :a").param("a", address)
                .query(Long.class).single()).isEqualTo(delivery);

        String other = "other-" + suffix() + "@test.local";
        String forged = sns("Notification", TOPIC, sesBounce("Permanent", other, null, "fb-" + suffix()),
                clock.instant(), Map.of()).replace(other, "victim-" + other);
        assertThat(post("/webhooks/mail/ses", forged, Map.of()).statusCode()).isEqualTo(400);
        String foreign = sns("Notification", "arn:aws:sns:eu-west-1:999999999999:someone-else",
                sesBounce("Permanent", other, null, "fb-" + suffix()), clock.instant(), Map.of());
        assertThat(post("/webhooks/mail/ses", foreign, Map.of()).body()).contains("not one of ours");
        String stale = sns("Notification", TOPIC, sesBounce("Permanent", other, null, "fb-" + suffix()),
                clock.instant().minus(Duration.ofHours(2)), Map.of());
        assertThat(post("/webhooks/mail/ses", stale, Map.of()).body()).contains("too old");
        assertThat(reports(other) + reports("victim-" + other)).isZero();
        assertThat(suppression(other)).isNull();
    }

    @Test
    void aSendGridComplaintSuppressesAndWithdrawsConsentAndThreeSoftBouncesIn14DaysSuppress() throws Exception {
        Member ana = data.withRoles("Ana", Role.MEMBER);
        accounts.setMarketingConsent(ana.id(), true, "test");
        jdbc.sql("insert into newsletter_subscriber (email, member_id, confirmed_at, created_at) values (:e, :m, now(), now())")
                .param("e", ana.email()).param("m", ana.id()).update();
        long delivery = copyTo(ana.email());

        var complaint = sendgrid(List.of(Map.of("email", ana.email(), "event", "spamreport",
                "sg_event_id", "sg-" + suffix(), "timestamp", clock.instant().getEpochSecond(),
                "dateline_delivery_id", String.valueOf(delivery))), clock.instant());
        assertThat(complaint.statusCode()).isEqualTo(200);
        assertThat(suppression(ana.email())).isEqualTo("COMPLAINT");
        assertThat(accounts.marketingConsentGiven(ana.id())).isFalse();
        long edition = jdbc.sql("select edition_id from newsletter_delivery where id = :d").param("d", delivery)
                .query(Long.class).single();
        EditionFeedback rates = suppressions.ofEdition(edition, 1);
        assertThat(rates.complaints()).isEqualTo(1);
        assertThat(rates.warning()).as("1 complaint in 1 copy is above 0.1 %").isTrue();

        String soft = "full-" + suffix() + "@test.local";
        for (int i = 0; i < 3; i++) {
            assertThat(suppression(soft)).as("after %d soft bounces", i).isNull();
            var response = sendgrid(List.of(Map.of("email", soft, "event", "bounce", "type", "blocked",
                    "sg_event_id", "sg-" + suffix(), "timestamp", clock.instant().getEpochSecond(),
                    "reason", "452 mailbox full")), clock.instant());
            assertThat(response.statusCode()).isEqualTo(200);
            clock.advance(Duration.ofDays(5)); // three within 14 days: 0, 5 and 10 days
        }
        assertThat(suppression(soft)).isEqualTo("SOFT_BOUNCES");

        String body = JSON.writeValueAsString(List.of(Map.of("email", "x-" + suffix() + "@test.local",
                "event", "spamreport", "sg_event_id", "sg-" + suffix(), "timestamp", 0)));
        var forged = post("/webhooks/mail/sendgrid", body, Map.of(
                "X-Twilio-Email-Event-Webhook-Signature", sign("SHA256withECDSA", sendgridKey(), "1" + body),
                "X-Twilio-Email-Event-Webhook-Timestamp", String.valueOf(clock.instant().getEpochSecond())));
        assertThat(forged.statusCode()).as("signed over another timestamp").isEqualTo(400);
        var replayed = sendgrid(List.of(Map.of("email", "y-" + suffix() + "@test.local", "event", "spamreport",
                "sg_event_id", "sg-" + suffix(), "timestamp", 0)), clock.instant().minus(Duration.ofHours(1)));
        assertThat(replayed.body()).contains("too old");
    }

    @Test
    void postmarkNeedsItsCredentialsAndIsLimitedInRateAndSize() throws Exception {
        String address = "pm-" + suffix() + "@test.local";
        String bounce = JSON.writeValueAsString(Map.of("RecordType", "Bounce", "ID", Math.abs(UUID.randomUUID()
                .getMostSignificantBits()), "Type", "HardBounce", "Email", address, "BouncedAt",
                clock.instant().toString(), "Details", "smtp;550 5.1.1 The email account does not exist"));
        String good = "Basic " + Base64.getEncoder().encodeToString(
                "postmark-hooks:quiet lanterns over the harbour".getBytes(StandardCharsets.UTF_8));
        String wrong = "Basic " + Base64.getEncoder().encodeToString("postmark-hooks:guess".getBytes(StandardCharsets.UTF_8));

        assertThat(post("/webhooks/mail/postmark", bounce, Map.of("Authorization", wrong)).statusCode()).isEqualTo(400);
        assertThat(post("/webhooks/mail/postmark", bounce, Map.of()).statusCode()).isEqualTo(400);
        assertThat(suppression(address)).isNull();
        assertThat(post("/webhooks/mail/postmark", bounce, Map.of("Authorization", good)).statusCode()).isEqualTo(200);
        assertThat(suppression(address)).isEqualTo("HARD_BOUNCE");

        String huge = "{\"pad\":\"" + "x".repeat(1_100_000) + "\"}";
        assertThat(post("/webhooks/mail/postmark", huge, Map.of("Authorization", good)).statusCode()).isEqualTo(413);

        String client = "203.0.113." + (int) (Math.random() * 200 + 20);
        int status = 0;
        for (int i = 0; i < 41; i++) { // 40 a minute in tests
            status = post("/webhooks/mail/postmark", "{}", Map.of("X-Forwarded-For", client)).statusCode();
        }
        assertThat(status).isEqualTo(429);
    }

    @Test
    void theNewsroomSeesReportsOnTheSubscribersPageAndLiftsASuppressionWithANote() throws Exception {
        String address = "lift-" + suffix() + "@test.local";
        String signed = sns("Notification", TOPIC, sesBounce("Permanent", address, null, "fb-" + suffix()),
                clock.instant(), Map.of());
        assertThat(post("/webhooks/mail/ses", signed, Map.of()).statusCode()).isEqualTo(200);

        WebSession admin = data.anonymous();
        admin.signIn(adminEmail, adminPassword);
        assertThat(admin.get("/admin/newsletters/suppressions?q=" + address).body()).contains(address)
                .contains("hard bounce");
        String page = admin.get("/admin/newsletters/subscribers?email=" + address).body();
        assertThat(page).contains("Suppressed").contains("SES").contains("5.1.1");

        var noNote = admin.post("/admin/newsletters/suppressions/lift", "address", address, "note", " ");
        assertThat(admin.follow(noNote).body()).contains("Say why the suppression is lifted");
        assertThat(suppression(address)).isNotNull();
        admin.post("/admin/newsletters/suppressions/lift", "address", address, "note", "Reader wrote in: mailbox fixed");
        assertThat(suppression(address)).isNull();
        assertThat(admin.get("/admin/newsletters/subscribers?email=" + address).body())
                .contains("Not suppressed").contains("Reader wrote in: mailbox fixed");
        assertThat(data.anonymous().get("/admin/newsletters/suppressions").statusCode()).as("staff only")
                .isIn(302, 401, 403);
    }

    // --- SNS, SES, SendGrid as the providers send them

    private String sns(String type, String topic, String message, Instant at, Map<String, String> extra)
            throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Type", type);
        fields.put("MessageId", UUID.randomUUID().toString());
        fields.put("TopicArn", topic);
        fields.put("Message", message);
        fields.put("Timestamp", at.toString());
        fields.putAll(extra);
        List<String> order = type.equals("Notification")
                ? List.of("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type")
                : List.of("Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type");
        StringBuilder signed = new StringBuilder();
        for (String field : order) {
            if (fields.containsKey(field)) {
                signed.append(field).append('\n').append(fields.get(field)).append('\n');
            }
        }
        fields.put("SignatureVersion", "2");
        fields.put("Signature", sign("SHA256withRSA", snsKey, signed.toString()));
        fields.put("SigningCertURL", "http://127.0.0.1:" + aws.port() + "/SimpleNotificationService-test.pem");
        return JSON.writeValueAsString(fields);
    }

    private static String sesBounce(String type, String address, Long delivery, String feedbackId) throws Exception {
        Map<String, Object> mail = delivery == null ? Map.of("messageId", "ses-1")
                : Map.of("messageId", "ses-1", "headers", List.of(Map.of("name", "X-Dateline-Delivery-Id",
                "value", String.valueOf(delivery))));
        return JSON.writeValueAsString(Map.of("notificationType", "Bounce", "mail", mail, "bounce", Map.of(
                "bounceType", type, "bounceSubType", "General", "feedbackId", feedbackId,
                "timestamp", Instant.now().toString(), "bouncedRecipients", List.of(Map.of("emailAddress", address,
                        "status", "5.1.1", "diagnosticCode", "smtp; 550 5.1.1 user unknown")))));
    }

    private HttpResponse<String> sendgrid(List<Map<String, Object>> events, Instant signedAt) throws Exception {
        String body = JSON.writeValueAsString(events);
        String timestamp = String.valueOf(signedAt.getEpochSecond());
        return post("/webhooks/mail/sendgrid", body, Map.of(
                "X-Twilio-Email-Event-Webhook-Signature", sign("SHA256withECDSA", sendgridKey(), timestamp + body),
                "X-Twilio-Email-Event-Webhook-Timestamp", timestamp));
    }

    private static PrivateKey sendgridKey() throws Exception {
        return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(
                SENDGRID_PRIVATE)));
    }

    private static String sign(String algorithm, PrivateKey key, String text) throws Exception {
        Signature signature = Signature.getInstance(algorithm);
        signature.initSign(key);
        signature.update(text.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(signature.sign());
    }

    private HttpResponse<String> post(String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    // --- the database

    /** A SENT copy of a fresh edition to the address, as delivery leaves it; its delivery id. */
    private long copyTo(String address) {
        Newsletter newsletter = newsletters.create(new NewsletterForm("Feedback " + suffix(), "", "", Cadence.DAILY,
                NewsletterKind.EDITORIAL, "The Desk", "", true, List.of()));
        long edition = jdbc.sql("""
                        insert into newsletter_edition (newsletter_id, subject, status, created_at, queued_at)
                        values (:n, 'Feedback', 'QUEUED', now(), now()) returning id""")
                .param("n", newsletter.id()).query(Long.class).single();
        return jdbc.sql("""
                        insert into newsletter_delivery (edition_id, subscriber_id, address, status, attempts,
                                                         next_attempt_at, sent_at)
                        values (:e, 0, :a, 'SENT', 1, now(), now()) returning id""")
                .param("e", edition).param("a", address).query(Long.class).single();
    }

    private String suppression(String address) {
        return jdbc.sql("select kind from newsletter_suppression where address = :a").param("a", address.toLowerCase())
                .query(String.class).optional().orElse(null);
    }

    private int reports(String address) {
        return jdbc.sql("select count(*) from newsletter_mail_feedback where address = :a").param("a", address.toLowerCase())
                .query(Integer.class).single();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private double hardBouncesReported() {
        return metrics.get("dateline.newsletter.feedback").tag("kind", "hard_bounce").counter().count();
    }
}
