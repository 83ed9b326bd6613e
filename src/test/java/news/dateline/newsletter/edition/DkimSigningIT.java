package news.dateline.newsletter.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import news.dateline.mail.DkimProperties;
import news.dateline.mail.DkimSigning;
import news.dateline.mail.SmtpPool;
import news.dateline.newsletter.Cadence;
import news.dateline.newsletter.Newsletter;
import news.dateline.newsletter.NewsletterForm;
import news.dateline.newsletter.NewsletterKind;
import news.dateline.newsletter.Newsletters;
import news.dateline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * DKIM: a copy delivered over SMTP (to GreenMail) carries a DKIM-Signature that verifies against the public key,
 * checked here as a receiving server would (RFC 6376, relaxed/relaxed, rsa-sha256): the body hash and the signature
 * over the signed headers. A copy changed after signing fails the same check.
 */
@IntegrationTest
class DkimSigningIT {

    @Autowired
    Editions editions;
    @Autowired
    EditionQueue queue;
    @Autowired
    DeliveryWorker worker;
    @Autowired
    CopySender copies;
    @Autowired
    Newsletters newsletters;
    @Autowired
    JavaMailSenderImpl greenMailSender;
    @Autowired
    GreenMail greenMail;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDeliveredCopyCarriesAValidDkimSignature() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        DkimSigning dkim = new DkimSigning(new DkimProperties("dateline.local", "news2026",
                Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded())));
        String run = UUID.randomUUID().toString().substring(0, 8);
        Newsletter newsletter = newsletters.create(new NewsletterForm("Signed " + run, "", "", Cadence.DAILY,
                NewsletterKind.EDITORIAL, "The Desk", "", true, List.of()));
        String address = "signed-" + run + "@test.local";
        long subscriber = jdbc.sql("insert into newsletter_subscriber (email, confirmed_at, created_at) values (:e, now(), now()) returning id")
                .param("e", address).query(Long.class).single();
        jdbc.sql("insert into newsletter_subscription (newsletter_id, subscriber_id, subscribed, changed_at, source) values (:n, :s, true, now(), 'test')")
                .param("n", newsletter.id()).param("s", subscriber).update();
        Edition edition = editions.create(newsletter.id(), "Signed " + run, "Good morning, signed.", List.of());
        editions.sendNow(edition.id());
        queue.queue(edition.id());

        try (SmtpPool pool = new SmtpPool(greenMailSender, 1, 10, java.time.Duration.ofSeconds(10))) {
            worker.drainThrough(new SmtpCopyTransport(pool, greenMailSender, copies, dkim), "dkim");
        }

        MimeMessage received = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> address.equals(recipient(m))).findFirst().orElseThrow();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        received.writeTo(raw);
        String message = raw.toString(StandardCharsets.ISO_8859_1);

        assertThat(message).contains("DKIM-Signature:");
        assertThat(verify(message, keys.getPublic())).as("the signature verifies").isTrue();
        String tampered = message.replace("Good morning, signed.", "Good morning, changed.");
        assertThat(verify(tampered, keys.getPublic())).as("a changed body does not").isFalse();
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- a DKIM verifier for relaxed/relaxed rsa-sha256, enough to check what we sign

    static boolean verify(String message, PublicKey key) throws Exception {
        int split = message.indexOf("\r\n\r\n");
        List<String> headers = unfold(message.substring(0, split + 2));
        String body = message.substring(split + 4);
        String dkimHeader = headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith("dkim-signature:"))
                .findFirst().orElseThrow();
        Map<String, String> tags = tags(dkimHeader.substring(dkimHeader.indexOf(':') + 1));
        assertThat(tags.get("a")).isEqualTo("rsa-sha256");
        assertThat(tags.get("c")).isEqualTo("relaxed/relaxed");
        assertThat(tags.get("d")).isEqualTo("dateline.local");
        String bodyHash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(relaxedBody(body).getBytes(StandardCharsets.ISO_8859_1)));
        if (!bodyHash.equals(tags.get("bh"))) {
            return false;
        }
        StringBuilder signed = new StringBuilder();
        List<String> remaining = new ArrayList<>(headers);
        for (String name : tags.get("h").split(":")) {
            // the last occurrence of a header name is signed first (RFC 6376 5.4.2)
            for (int i = remaining.size() - 1; i >= 0; i--) {
                String h = remaining.get(i);
                if (h.substring(0, h.indexOf(':')).strip().equalsIgnoreCase(name.strip())) {
                    signed.append(relaxedHeader(h)).append("\r\n");
                    remaining.remove(i);
                    break;
                }
            }
        }
        String withoutB = dkimHeader.replaceAll("(?<![a-z])b=[A-Za-z0-9+/=\\s]*", "b=");
        signed.append(relaxedHeader(withoutB));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key);
        rsa.update(signed.toString().getBytes(StandardCharsets.ISO_8859_1));
        return rsa.verify(Base64.getDecoder().decode(tags.get("b").replaceAll("\\s", "")));
    }

    private static List<String> unfold(String head) {
        List<String> headers = new ArrayList<>();
        for (String line : head.split("\r\n")) {
            if (!headers.isEmpty() && (line.startsWith(" ") || line.startsWith("\t"))) {
                headers.set(headers.size() - 1, headers.getLast() + "\r\n" + line);
            } else if (!line.isEmpty()) {
                headers.add(line);
            }
        }
        return headers;
    }

    private static String relaxedHeader(String header) {
        int colon = header.indexOf(':');
        String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = header.substring(colon + 1).replace("\r\n", "").replaceAll("[ \\t]+", " ").strip();
        return name + ":" + value;
    }

    private static String relaxedBody(String body) {
        StringBuilder out = new StringBuilder();
        for (String line : body.split("\r\n", -1)) {
            out.append(line.replaceAll("[ \\t]+", " ").replaceAll(" $", "")).append("\r\n");
        }
        String result = out.toString();
        while (result.endsWith("\r\n\r\n")) {
            result = result.substring(0, result.length() - 2);
        }
        return result.equals("\r\n") ? "" : result;
    }

    private static Map<String, String> tags(String value) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String part : value.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                tags.put(part.substring(0, eq).strip(), part.substring(eq + 1).replaceAll("\\s", ""));
            }
        }
        return tags;
    }
}
