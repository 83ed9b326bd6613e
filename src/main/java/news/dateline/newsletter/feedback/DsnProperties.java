package news.dateline.newsletter.feedback;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mailbox that receives bounce mails (delivery status notifications, RFC 3464) for plain SMTP setups, where no
 * provider webhook reports bounces ({@code dateline.newsletters.feedback.dsn.*}); off until {@code host} is set.
 * Point the copies' envelope sender (Return-Path, {@code spring.mail.properties.mail.smtp.from}) at it.
 *
 * @param protocol     imaps, imap, pop3s or pop3
 * @param host         the mail server; empty: the reader is off
 * @param port         its port; 0: the protocol's default
 * @param username     the mailbox's user
 * @param password     its password
 * @param folder       the folder bounce mails arrive in
 * @param pollInterval how often the mailbox is read
 */
@ConfigurationProperties("dateline.newsletters.feedback.dsn")
public record DsnProperties(
        @DefaultValue("imaps") String protocol,
        String host,
        @DefaultValue("0") int port,
        String username,
        String password,
        @DefaultValue("INBOX") String folder,
        @DefaultValue("PT5M") Duration pollInterval) {

    boolean enabled() {
        return host != null && !host.isBlank();
    }
}
