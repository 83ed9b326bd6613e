package news.dateline.newsletter.edition;

import java.io.ByteArrayOutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import org.springframework.mail.MailParseException;

/**
 * Writes a copy as the MIME message a reader receives: multipart/alternative with a plain-text and an HTML part in
 * quoted-printable UTF-8, the newsletter's sender name on the site's address, its reply-to, the RFC 8058 one-click
 * unsubscribe headers, and the delivery id in the forms SendGrid and Postmark hand back with bounce reports.
 * <p>
 * Built with Jakarta Mail's {@code MimeMessageHelper}, a copy went through layers of data handlers and one-byte
 * encoder streams, over half the CPU a copy cost. Here the bytes are written directly: what every copy of an edition
 * shares (sender, reply-to, list id) is prepared once per edition, and each copy adds its
 * recipient, date, message id, links and the two parts, in quoted-printable ({@link QuotedPrintable}, the same
 * bytes as Jakarta Mail's encoder).
 */
final class CopyMime {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String CRLF = "\r\n";

    private final InternetAddress from;
    private final String messageIdDomain;
    private final Clock clock;
    private volatile FormattedSecond lastSecond;
    // keyed by the edition's loaded content, which the delivery worker's template cache holds while it sends
    private final Cache<EditionContent, String> sharedHeaders = Caffeine.newBuilder().weakKeys().maximumSize(64).build();

    CopyMime(InternetAddress from, Clock clock) {
        this.from = from;
        String address = from.getAddress();
        this.messageIdDomain = address.substring(address.indexOf('@') + 1);
        this.clock = clock;
    }

    byte[] write(EditionContent content, Copy copy, long deliveryId) {
        String boundary = "=_dateline_" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        StringBuilder mime = new StringBuilder(copy.html().length() + copy.text().length() + 2048);
        mime.append("Date: ").append(date()).append(CRLF)
                .append(sharedHeaders.get(content, this::headersOf))
                .append("To: ").append(recipient(copy.to())).append(CRLF)
                .append("Subject: ").append(subject(copy.subject())).append(CRLF)
                .append("Message-ID: <").append(deliveryId).append('.')
                .append(Long.toHexString(ThreadLocalRandom.current().nextLong())).append('@')
                .append(messageIdDomain).append('>').append(CRLF)
                .append("List-Unsubscribe: <").append(singleLine(copy.oneClickUrl())).append('>').append(CRLF)
                .append("List-Unsubscribe-Post: List-Unsubscribe=One-Click").append(CRLF)
                .append("X-Dateline-Delivery-Id: ").append(deliveryId).append(CRLF)
                .append("X-SMTPAPI: {\"unique_args\":{\"dateline_delivery_id\":\"").append(deliveryId).append("\"}}")
                .append(CRLF)
                .append("X-PM-Metadata-dateline-delivery-id: ").append(deliveryId).append(CRLF)
                .append("MIME-Version: 1.0").append(CRLF)
                .append("Content-Type: multipart/alternative; boundary=\"").append(boundary).append('"').append(CRLF)
                .append(CRLF);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(copy.html().length() + copy.text().length() + 4096);
        // ASCII throughout, but for an internationalised recipient address, which SMTPUTF8 carries as UTF-8
        bytes.writeBytes(mime.toString().getBytes(StandardCharsets.UTF_8));
        part(bytes, boundary, "text/plain", copy.text());
        part(bytes, boundary, "text/html", copy.html());
        bytes.writeBytes(("--" + boundary + "--" + CRLF).getBytes(StandardCharsets.US_ASCII));
        return bytes.toByteArray();
    }

    private String headersOf(EditionContent content) {
        try {
            StringBuilder headers = new StringBuilder();
            InternetAddress sender = new InternetAddress(from.getAddress(),
                    singleLine(content.newsletter().senderName()), "UTF-8");
            headers.append("From: ").append(sender.toString()).append(CRLF);
            String replyTo = content.newsletter().replyTo();
            if (replyTo != null && !replyTo.isBlank()) {
                headers.append("Reply-To: ").append(new InternetAddress(replyTo.strip()).toString()).append(CRLF);
            }
            headers.append("List-Id: <").append(content.newsletter().slug()).append(".newsletters.dateline>").append(CRLF);
            return headers.toString();
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new MailParseException(e); // a malformed sender or reply-to never gets better
        }
    }

    // copies go out by the thousand per second: the Date header is formatted once a second, not once a copy
    private String date() {
        long second = clock.instant().getEpochSecond();
        FormattedSecond last = lastSecond;
        if (last == null || last.second != second) {
            last = new FormattedSecond(second, DATE.format(Instant.ofEpochSecond(second)));
            lastSecond = last;
        }
        return last.text;
    }

    private record FormattedSecond(long second, String text) {
    }

    // the copy's own: a test send's carries a mark the edition's does not
    private static String subject(String subject) {
        try {
            return MimeUtility.fold(9, MimeUtility.encodeText(singleLine(subject), "UTF-8", null));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    private static String recipient(String address) {
        try {
            return new InternetAddress(address).toString(); // one address, checked; encoded if it needs to be
        } catch (AddressException e) {
            throw new MailParseException(e);
        }
    }

    private static void part(ByteArrayOutputStream bytes, String boundary, String type, String body) {
        bytes.writeBytes(("--" + boundary + CRLF + "Content-Type: " + type + "; charset=UTF-8" + CRLF
                + "Content-Transfer-Encoding: quoted-printable" + CRLF + CRLF).getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes(QuotedPrintable.encode(body));
        bytes.writeBytes(CRLF.getBytes(StandardCharsets.US_ASCII));
    }

    // a header value must not carry line breaks of its own: they would start a header of the sender's choosing
    private static String singleLine(String value) {
        return value.indexOf('\r') < 0 && value.indexOf('\n') < 0 ? value : value.replaceAll("[\\r\\n]+", " ");
    }
}
