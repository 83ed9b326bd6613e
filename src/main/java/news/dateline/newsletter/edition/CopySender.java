package news.dateline.newsletter.edition;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import news.dateline.mail.MailOutbox;
import news.dateline.mail.MailProperties;
import news.dateline.mail.OutgoingMail;
import org.springframework.mail.MailParseException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Renders a copy and hands it to the SMTP server: HTML and plain-text parts, the newsletter's sender name on the
 * site's address, its reply-to, and the RFC 8058 one-click unsubscribe headers. With no SMTP server configured,
 * copies go to the development mailbox instead, kept there as sent, so a newcomer sees what readers would get.
 */
@Component
class CopySender {

    private final CopyRenderer renderer;
    private final MailOutbox mailbox;
    private final InternetAddress from;

    InternetAddress from() {
        return from;
    }

    CopySender(CopyRenderer renderer, MailOutbox mailbox, MailProperties mail) {
        this.renderer = renderer;
        this.mailbox = mailbox;
        try {
            this.from = new InternetAddress(mail.from());
        } catch (MessagingException e) {
            throw new IllegalStateException("dateline.mail.from is not an address: " + mail.from(), e);
        }
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

    MimeMessage message(JavaMailSender smtp, EditionContent content, Copy copy, long deliveryId) {
        return message(smtp.createMimeMessage(), content, copy, deliveryId);
    }

    /** Fills {@code message} with the copy: parts, sender, reply-to and the list headers. */
    MimeMessage message(MimeMessage message, EditionContent content, Copy copy, long deliveryId) {
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(from.getAddress(), content.newsletter().senderName(), "UTF-8"));
            if (content.newsletter().replyTo() != null && !content.newsletter().replyTo().isBlank()) {
                helper.setReplyTo(content.newsletter().replyTo());
            }
            helper.setTo(copy.to());
            helper.setSubject(copy.subject());
            helper.setText(copy.text(), copy.html());
            message.setHeader("List-Unsubscribe", "<" + copy.oneClickUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            message.setHeader("List-Id", "<" + content.newsletter().slug() + ".newsletters.dateline>");
            message.setHeader("X-Dateline-Delivery-Id", Long.toString(deliveryId));
            // the same id in the forms SendGrid and Postmark hand back with their bounce and complaint reports
            message.setHeader("X-SMTPAPI", "{\"unique_args\":{\"dateline_delivery_id\":\"" + deliveryId + "\"}}");
            message.setHeader("X-PM-Metadata-dateline-delivery-id", Long.toString(deliveryId));
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailParseException(e); // a malformed address never gets better
        }
        return message;
    }
}
