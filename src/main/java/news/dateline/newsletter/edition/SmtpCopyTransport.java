package news.dateline.newsletter.edition;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import news.dateline.mail.DkimSigning;
import news.dateline.mail.SmtpPool;
import org.springframework.mail.MailParseException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Copies over SMTP, on the long-lived connections of a {@link SmtpPool}: the copy's MIME bytes go out as
 * {@link CopyMime} wrote them; with DKIM configured they are read into a message made by {@code smtp} first, which
 * the signature needs.
 */
record SmtpCopyTransport(SmtpPool pool, JavaMailSender smtp, CopySender messages, DkimSigning dkim)
        implements CopyTransport {

    @Override
    public void send(EditionContent content, Copy copy, long deliveryId) throws InterruptedException {
        if (dkim.enabled()) {
            pool.send(dkim.sign(messages.message(smtp, content, copy, deliveryId)));
            return;
        }
        byte[] mime = messages.mime(content, copy, deliveryId); // checks the recipient's address first
        try {
            pool.send(mime, messages.from(), new InternetAddress(copy.to()));
        } catch (AddressException e) {
            throw new MailParseException(e);
        }
    }
}
