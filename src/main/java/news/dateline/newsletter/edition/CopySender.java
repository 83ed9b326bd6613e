package news.dateline.newsletter.edition;

import java.io.ByteArrayInputStream;
import java.time.Clock;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import news.dateline.mail.MailOutbox;
import news.dateline.mail.MailProperties;
import news.dateline.mail.OutgoingMail;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Renders a copy and hands it to a transport as MIME ({@link CopyMime}). With no transport configured, copies go to
 * the development mailbox instead, kept there as sent, so a newcomer sees what readers would get.
 */
@Component
class CopySender {

    private final CopyRenderer renderer;
    private final MailOutbox mailbox;
    private final InternetAddress from;
    private final CopyMime mime;

    CopySender(CopyRenderer renderer, MailOutbox mailbox, MailProperties mail, Clock clock) {
        this.renderer = renderer;
        this.mailbox = mailbox;
        try {
            this.from = new InternetAddress(mail.from());
        } catch (MessagingException e) {
            throw new IllegalStateException("dateline.mail.from is not an address: " + mail.from(), e);
        }
        this.mime = new CopyMime(from, clock);
    }

    InternetAddress from() {
        return from;
    }

    /** Sends the delivery's copy through {@code transport}, or into the development mailbox when it is null. */
    void send(CopyTransport transport, CopyTemplate template, Delivery delivery) throws InterruptedException {
        Copy copy = renderer.render(template, delivery.subscriberId(), delivery.address(), delivery.name());
        if (transport == null) {
            keepInMailbox(copy, "edition-copy:" + delivery.id());
        } else {
            transport.send(template.content(), copy, delivery.id());
        }
    }

    /** Puts a copy in the development mailbox, as sent; a copy already there (same key) is not added twice. */
    void keepInMailbox(Copy copy, String key) {
        mailbox.keepInMailbox(new OutgoingMail(copy.to(), copy.subject(), copy.text(), copy.html(), key));
    }

    /** The copy as the bytes of a MIME message. */
    byte[] mime(EditionContent content, Copy copy, long deliveryId) {
        return mime.write(content, copy, deliveryId);
    }

    /**
     * The copy as a message {@code smtp} can send: read from its bytes, so it is written out again as they are,
     * not re-encoded.
     */
    MimeMessage message(JavaMailSender smtp, EditionContent content, Copy copy, long deliveryId) {
        return smtp.createMimeMessage(new ByteArrayInputStream(mime(content, copy, deliveryId)));
    }
}
