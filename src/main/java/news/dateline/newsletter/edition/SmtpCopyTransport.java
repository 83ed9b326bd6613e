package news.dateline.newsletter.edition;

import news.dateline.mail.SmtpPool;
import org.springframework.mail.javamail.JavaMailSender;

/** Copies over SMTP, on the long-lived connections of a {@link SmtpPool}; messages made by {@code smtp}. */
record SmtpCopyTransport(SmtpPool pool, JavaMailSender smtp, CopySender messages) implements CopyTransport {

    @Override
    public void send(EditionContent content, Copy copy, long deliveryId) throws InterruptedException {
        pool.send(messages.message(smtp, content, copy, deliveryId));
    }
}
