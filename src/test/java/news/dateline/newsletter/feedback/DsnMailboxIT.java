package news.dateline.newsletter.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import news.dateline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bounce mails in a mailbox (GreenMail over IMAP): a DSN saying "failed 5.1.1" suppresses the address as a hard
 * bounce, one saying "delayed 4.2.2" is a soft bounce; both are deleted once recorded, read again they change
 * nothing, and a mail that is not a DSN stays for a person.
 */
@IntegrationTest
class DsnMailboxIT {

    @Autowired
    MailFeedbackRecorder recorder;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void bounceMailsAreRecordedOnceAndDeletedWhileOtherMailStays() throws Exception {
        GreenMail imap = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort());
        imap.start();
        try {
            GreenMailUser mailbox = imap.setUser("bounces@dateline.local", "bounces", "quiet lanterns over the harbour");
            String run = UUID.randomUUID().toString().substring(0, 8);
            String gone = "gone-" + run + "@test.local";
            String full = "full-" + run + "@test.local";
            mailbox.deliver(dsn(gone, "failed", "5.1.1", "smtp; 550 5.1.1 no such user"));
            mailbox.deliver(dsn(full, "delayed", "4.2.2", "smtp; 452 4.2.2 mailbox full"));
            MimeMessage holiday = new MimeMessage(Session.getInstance(new Properties()));
            holiday.setFrom(new InternetAddress("reader@test.local"));
            holiday.setSubject("Out of office");
            holiday.setText("Back on Monday.");
            mailbox.deliver(holiday);
            DsnMailboxReader reader = new DsnMailboxReader(new DsnProperties("imap", "127.0.0.1",
                    imap.getImap().getPort(), "bounces", "quiet lanterns over the harbour", "INBOX",
                    Duration.ofMinutes(5)), recorder, clock);

            assertThat(reader.read()).isEqualTo(2);

            assertThat(suppression(gone)).isEqualTo("HARD_BOUNCE");
            assertThat(suppression(full)).as("one soft bounce does not suppress").isNull();
            assertThat(jdbc.sql("select kind from newsletter_mail_feedback where address = :a and provider = 'DSN'")
                    .param("a", full).query(String.class).single()).isEqualTo("SOFT_BOUNCE");
            assertThat(imap.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly("Out of office");
            assertThat(reader.read()).as("nothing left to record").isZero();
        } finally {
            imap.stop();
        }
    }

    /** A delivery status notification as an MTA sends it (RFC 3464), with our copy's headers returned. */
    private static MimeMessage dsn(String recipient, String action, String status, String diagnostic) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("MAILER-DAEMON@mx.test.local"));
        message.setSubject("Undelivered Mail Returned to Sender");
        MimeMultipart report = new MimeMultipart("report; report-type=delivery-status");
        MimeBodyPart human = new MimeBodyPart();
        human.setText("I'm sorry to have to inform you that your message could not be delivered.");
        report.addBodyPart(human);
        report.addBodyPart(part("Reporting-MTA: dns; mx.test.local\r\n\r\nFinal-Recipient: rfc822; " + recipient
                + "\r\nAction: " + action + "\r\nStatus: " + status + "\r\nDiagnostic-Code: " + diagnostic + "\r\n",
                "message/delivery-status"));
        report.addBodyPart(part("From: The Desk <no-reply@dateline.local>\r\nTo: " + recipient
                + "\r\nSubject: Morning brief\r\nX-Dateline-Delivery-Id: 999999\r\n", "text/rfc822-headers"));
        message.setContent(report);
        message.saveChanges();
        return message;
    }

    private static MimeBodyPart part(String text, String type) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(text.getBytes(StandardCharsets.US_ASCII), type)));
        part.setHeader("Content-Type", type);
        return part;
    }

    private String suppression(String address) {
        return jdbc.sql("select kind from newsletter_suppression where address = :a").param("a", address)
                .query(String.class).optional().orElse(null);
    }
}
