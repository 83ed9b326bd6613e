package news.dateline.newsletter.feedback;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Amazon SNS messages (how SES reports bounces and complaints), checked as AWS documents: the signing certificate is
 * fetched only from an SNS host over HTTPS (a pattern, so tests can serve their own), the signature over the
 * message's fields in their fixed order is verified with it (SignatureVersion 1: SHA1withRSA, 2: SHA256withRSA), the
 * topic must be one of ours (any AWS account can sign an SNS message), and old messages are refused. A subscription
 * confirmation is confirmed by visiting its SubscribeURL, only on an SNS host.
 */
@Component
class SnsMessages {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> NOTIFICATION_FIELDS =
            List.of("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type");
    private static final List<String> SUBSCRIPTION_FIELDS =
            List.of("Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type");

    private final FeedbackProperties properties;
    private final Clock clock;
    private final Pattern certUrls;
    private final Pattern subscribeUrls;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, X509Certificate> certificates = new ConcurrentHashMap<>();

    SnsMessages(FeedbackProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.certUrls = Pattern.compile(properties.snsCertUrlPattern());
        this.subscribeUrls = Pattern.compile(properties.snsSubscribeUrlPattern());
    }

    /** The message once its signature, topic and age are checked; throws {@link FeedbackRejected} otherwise. */
    JsonNode verify(String body) {
        JsonNode message = parse(body);
        String type = text(message, "Type");
        List<String> fields = switch (type) {
            case "Notification" -> NOTIFICATION_FIELDS;
            case "SubscriptionConfirmation", "UnsubscribeConfirmation" -> SUBSCRIPTION_FIELDS;
            default -> throw new FeedbackRejected("unknown SNS message type " + type);
        };
        String algorithm = switch (text(message, "SignatureVersion")) {
            case "1" -> "SHA1withRSA";
            case "2" -> "SHA256withRSA";
            default -> throw new FeedbackRejected("unsupported SNS SignatureVersion");
        };
        if (!properties.sesTopicArns().contains(text(message, "TopicArn"))) {
            throw new FeedbackRejected("SNS topic " + text(message, "TopicArn") + " is not one of ours");
        }
        checkSignature(message, fields, algorithm);
        Instant sent = instant(text(message, "Timestamp"));
        if (sent.isBefore(clock.instant().minus(properties.snsMaxAge()))) {
            throw new FeedbackRejected("SNS message " + text(message, "MessageId") + " is too old (" + sent + ")");
        }
        return message;
    }

    /** Confirms a verified subscription by visiting its SubscribeURL, which must be on an SNS host. */
    void confirm(JsonNode message) {
        String url = text(message, "SubscribeURL");
        if (!subscribeUrls.matcher(url).matches()) {
            throw new FeedbackRejected("SubscribeURL is not an SNS confirmation URL: " + url);
        }
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("SNS answered " + response.statusCode() + " to the confirmation");
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not confirm the SNS subscription: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while confirming the SNS subscription", e);
        }
    }

    private void checkSignature(JsonNode message, List<String> fields, String algorithm) {
        StringBuilder signed = new StringBuilder();
        for (String field : fields) {
            JsonNode value = message.get(field);
            if (value != null && !value.isNull()) { // Subject is the one optional field
                signed.append(field).append('\n').append(value.asString()).append('\n');
            }
        }
        try {
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate(text(message, "SigningCertURL")));
            verifier.update(signed.toString().getBytes(StandardCharsets.UTF_8));
            if (!verifier.verify(Base64.getDecoder().decode(text(message, "Signature")))) {
                throw new FeedbackRejected("SNS signature does not match");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new FeedbackRejected("SNS signature could not be checked: " + e.getMessage(), e);
        }
    }

    private X509Certificate certificate(String url) throws GeneralSecurityException {
        if (!certUrls.matcher(url).matches()) {
            throw new FeedbackRejected("SigningCertURL is not an SNS certificate URL: " + url);
        }
        X509Certificate certificate = certificates.computeIfAbsent(url, this::fetch);
        certificate.checkValidity(Date.from(clock.instant()));
        return certificate;
    }

    private X509Certificate fetch(String url) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new FeedbackRejected("SNS certificate " + url + " answered " + response.statusCode());
            }
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(response.body()));
        } catch (java.io.IOException | GeneralSecurityException e) {
            throw new FeedbackRejected("SNS certificate " + url + " could not be read: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedbackRejected("interrupted while fetching the SNS certificate", e);
        }
    }

    static JsonNode parse(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new FeedbackRejected("the body is not a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new FeedbackRejected("the body is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asString().isBlank()) {
            throw new FeedbackRejected("missing " + field);
        }
        return value.asString();
    }

    static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new FeedbackRejected("not a time: " + text, e);
        }
    }
}
