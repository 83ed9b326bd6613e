package news.dateline.newsletter.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import news.dateline.newsletter.Cadence;
import news.dateline.newsletter.Newsletter;
import news.dateline.newsletter.NewsletterKind;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailParseException;

/** A copy written as MIME bytes reads back, with Jakarta Mail, as exactly the copy that was rendered. */
class CopyMimeTest {

    private static final Instant NOW = Instant.parse("2026-12-02T06:30:00Z");

    private final CopyMime mime = new CopyMime(address("news@dateline.example"), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aCopyReadsBackWithItsHeadersAndBothPartsUnchanged() throws Exception {
        String text = "Grüß Gott, Zoë\n\n" + "A long line that goes on well past the seventy-six characters quoted-printable allows = fine\n"
                + ". a line starting with a dot\ntrailing spaces   \n\tand a tab\n--\nManage: https://x.example/m?t=a=b\n";
        String html = "<p>Grüß Gott — “quotes” and 🗞️</p>\n<p>" + "x".repeat(300) + "</p>";
        Copy copy = new Copy("reader@example.org", "Morning — the talks collapse", text, html,
                "https://dateline.example/newsletters/unsubscribe?t=abc=def");

        MimeMessage message = read(mime.write(content("Morning — the talks collapse", "The Desk", "desk@dateline.example"), copy, 4711));

        assertThat(message.getSubject()).isEqualTo("Morning — the talks collapse");
        assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("The Desk");
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("news@dateline.example");
        assertThat(message.getReplyTo()[0].toString()).isEqualTo("desk@dateline.example");
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("reader@example.org");
        assertThat(message.getSentDate()).isEqualTo(java.util.Date.from(NOW));
        assertThat(message.getMessageID()).startsWith("<4711.").endsWith("@dateline.example>");
        assertThat(message.getHeader("List-Unsubscribe", null))
                .isEqualTo("<https://dateline.example/newsletters/unsubscribe?t=abc=def>");
        assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(message.getHeader("List-Id", null)).isEqualTo("<morning.newsletters.dateline>");
        assertThat(message.getHeader("X-Dateline-Delivery-Id", null)).isEqualTo("4711");
        assertThat(message.getHeader("X-PM-Metadata-dateline-delivery-id", null)).isEqualTo("4711");

        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(decoded(parts.getBodyPart(0), "text/plain")).isEqualTo(text.replace("\n", "\r\n"));
        assertThat(decoded(parts.getBodyPart(1), "text/html")).isEqualTo(html.replace("\n", "\r\n"));
    }

    @Test
    void everyLineIsShortAndAsciiSoAnyRelayCarriesIt() {
        Copy copy = new Copy("reader@example.org", "s", "é".repeat(500), "<p>" + "ü".repeat(500) + "</p>", "https://x.example/u");
        String written = new String(mime.write(content("Über", "Desk", null), copy, 1), StandardCharsets.UTF_8);
        assertThat(written.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(998));
        assertThat(written.lines().filter(line -> !line.startsWith("List-Unsubscribe:") && !line.startsWith("X-SMTPAPI")))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(78));
        assertThat(written.chars()).allSatisfy(c -> assertThat(c).isLessThan(128));
        assertThat(written).doesNotContain("Reply-To");
    }

    @Test
    void lineBreaksInASubjectOrSenderNameCannotStartHeadersOfTheirOwn() throws Exception {
        Copy copy = new Copy("reader@example.org", "Hello\r\nBcc: everyone@example.org", "t", "<p>h</p>", "https://x.example/u");
        MimeMessage message = read(mime.write(content("Hello", "Desk\nX-Evil: 1", null), copy, 2));
        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(message.getHeader("X-Evil")).isNull();
        assertThat(message.getSubject()).isEqualTo("Hello Bcc: everyone@example.org");
    }

    @Test
    void aRecipientThatIsNotOneAddressIsRefusedForGood() {
        Copy copy = new Copy("one@example.org, two@example.org", "s", "t", "h", "https://x.example/u");
        assertThatThrownBy(() -> mime.write(content("s", "Desk", null), copy, 3)).isInstanceOf(MailParseException.class);
    }

    private static EditionContent content(String subject, String sender, String replyTo) {
        Newsletter newsletter = new Newsletter(1, "morning", "Morning", "", Cadence.DAILY, NewsletterKind.EDITORIAL,
                sender, replyTo, true, List.of());
        Edition edition = new Edition(9, 1, subject, "", List.of(), "SENDING", NOW, 0, NOW, NOW);
        return new EditionContent(newsletter, edition, List.of());
    }

    private static MimeMessage read(byte[] bytes) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
    }

    private static String decoded(BodyPart part, String type) throws Exception {
        assertThat(part.getContentType()).startsWith(type).contains("UTF-8");
        return (String) part.getContent();
    }

    private static InternetAddress address(String value) {
        try {
            return new InternetAddress(value);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
