package news.dateline.newsletter.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads bounce mails (DSNs, multipart/report; report-type=delivery-status) from a configured mailbox with Jakarta
 * Mail and records each failed or delayed recipient as a report: status 5.x.x is a hard bounce, 4.x.x (or "delayed")
 * a soft one. The report's id is the bounce mail's Message-ID with the address, so reading a mail twice (a node died
 * before deleting it) records nothing twice; a mail is deleted once recorded. Mails that are not DSNs (auto-replies)
 * are left in the mailbox for a person. The copy is found by the X-Dateline-Delivery-Id header in the returned
 * headers.
 */
@Component
class DsnMailboxReader {

    private static final Logger log = LoggerFactory.getLogger(DsnMailboxReader.class);
    private static final Pattern DELIVERY_ID = Pattern.compile("(?im)^X-Dateline-Delivery-Id:\\s*(\\d+)");

    private final DsnProperties properties;
    private final MailFeedbackRecorder recorder;
    private final Clock clock;

    DsnMailboxReader(DsnProperties properties, MailFeedbackRecorder recorder, Clock clock) {
        this.properties = properties;
        this.recorder = recorder;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${dateline.newsletters.feedback.dsn.poll-interval:PT5M}")
    void poll() {
        if (!properties.enabled()) {
            return;
        }
        try {
            read();
        } catch (MessagingException | IOException e) {
            log.warn("Bounce mailbox {} not read: {}", properties.host(), e.toString());
        }
    }

    /** Reads the mailbox once; returns how many reports were new. */
    int read() throws MessagingException, IOException {
        Store store = Session.getInstance(new Properties()).getStore(properties.protocol());
        store.connect(properties.host(), properties.port() == 0 ? -1 : properties.port(), properties.username(),
                properties.password());
        int recorded = 0;
        try (store) {
            Folder folder = store.getFolder(properties.folder());
            folder.open(Folder.READ_WRITE);
            try {
                for (Message message : folder.getMessages()) {
                    List<MailFeedback> reports = reports((MimeMessage) message);
                    if (reports != null) {
                        recorded += recorder.recordAll(reports);
                        message.setFlag(Flags.Flag.DELETED, true);
                    }
                }
            } finally {
                folder.close(true); // expunge what was recorded
            }
        }
        return recorded;
    }

    /** The reports in a DSN; null when the mail is not one. */
    List<MailFeedback> reports(MimeMessage message) throws MessagingException, IOException {
        if (!message.isMimeType("multipart/report")) {
            return null;
        }
        Multipart parts = (Multipart) message.getContent();
        String status = null;
        String returned = "";
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("message/delivery-status")) {
                status = text(part);
            } else if (part.isMimeType("text/rfc822-headers") || part.isMimeType("message/rfc822")) {
                returned = text(part);
            }
        }
        if (status == null) {
            return null;
        }
        Matcher id = DELIVERY_ID.matcher(returned);
        Long deliveryId = id.find() ? Long.valueOf(id.group(1)) : null;
        String messageId = message.getMessageID() == null ? "no-id-" + message.getSentDate() : message.getMessageID();
        Instant at = message.getSentDate() == null ? clock.instant() : message.getSentDate().toInstant();
        List<MailFeedback> reports = new ArrayList<>();
        // per-recipient fields come in blocks separated by blank lines, after the per-message block
        for (String block : status.replace("\r\n", "\n").split("\n\\s*\n")) {
            String recipient = field(block, "Final-Recipient");
            String action = field(block, "Action").toLowerCase(Locale.ROOT);
            String code = field(block, "Status");
            if (recipient.isEmpty() || !(action.equals("failed") || action.equals("delayed"))) {
                continue;
            }
            String address = recipient.contains(";") ? recipient.substring(recipient.indexOf(';') + 1).strip() : recipient;
            FeedbackKind kind = action.equals("failed") && code.startsWith("5") ? FeedbackKind.HARD_BOUNCE
                    : FeedbackKind.SOFT_BOUNCE;
            reports.add(new MailFeedback("DSN", messageId + "/" + address.toLowerCase(Locale.ROOT), kind, address, at,
                    deliveryId, (action + " " + code + " " + field(block, "Diagnostic-Code")).strip()));
        }
        return reports;
    }

    private static String field(String block, String name) {
        Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.*(?:\\n[ \\t].*)*)").matcher(block);
        return m.find() ? m.group(1).replaceAll("\\s+", " ").strip() : "";
    }

    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof MimeMessage m) {
            StringBuilder headers = new StringBuilder();
            for (var e = m.getAllHeaderLines(); e.hasMoreElements(); ) {
                headers.append(e.nextElement()).append('\n');
            }
            return headers.toString();
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
