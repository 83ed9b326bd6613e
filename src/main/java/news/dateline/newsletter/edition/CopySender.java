package news.dateline.newsletter.edition;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import news.dateline.mail.MailProperties;
import org.springframework.mail.MailParseException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Renders a copy and hands it to the SMTP server: HTML and plain-text parts, the newsletter's sender name on the
 * site's address, its reply-to, and the RFC 8058 one-click unsubscribe headers.
 */
@Component
class CopySender {

    private final CopyRenderer renderer;
    private final InternetAddress from;

    CopySender(CopyRenderer renderer, MailProperties mail) {
        this.renderer = renderer;
        try {
            this.from = new InternetAddress(mail.from());
        } catch (MessagingException e) {
            throw new IllegalStateException("dateline.mail.from is not an address: " + mail.from(), e);
        }
    }

    void send(JavaMailSender smtp, EditionContent content, Delivery delivery) {
        Copy copy = renderer.render(content, delivery.subscriberId(), delivery.address(), delivery.name());
        smtp.send(message(smtp, content, copy, delivery.id()));
    }

    MimeMessage message(JavaMailSender smtp, EditionContent content, Copy copy, long deliveryId) {
        MimeMessage message = smtp.createMimeMessage();
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
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailParseException(e); // a malformed address never gets better
        }
        return message;
    }
}
