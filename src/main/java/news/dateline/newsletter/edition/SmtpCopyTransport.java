package news.dateline.newsletter.edition;

import news.dateline.mail.DkimSigning;
import news.dateline.mail.SmtpPool;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Copies over SMTP, on the long-lived connections of a {@link SmtpPool}; messages made by {@code smtp}, DKIM-signed
 * when configured.
 */
record SmtpCopyTransport(SmtpPool pool, JavaMailSender smtp, CopySender messages, DkimSigning dkim)
        implements CopyTransport {

    @Override
    public void send(EditionContent content, Copy copy, long deliveryId) throws InterruptedException {
        pool.send(dkim.sign(messages.message(smtp, content, copy, deliveryId)));
    }
}
