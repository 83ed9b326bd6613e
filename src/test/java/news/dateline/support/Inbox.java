package news.dateline.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** The mail GreenMail received, read by address (tests use unique addresses, so never see each other's mail). */
public class Inbox {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final GreenMail greenMail;

    public Inbox(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** A received mail: subject and plain-text body. */
    public record Mail(String subject, String text) {

        /** The first link in the body that contains {@code pathPart}, made relative to the site. */
        public String link(String pathPart) {
            Matcher m = Pattern.compile("https?://[^/\\s]+(\\S*?" + Pattern.quote(pathPart) + "\\S*)").matcher(text);
            if (!m.find()) {
                throw new AssertionError("No link with " + pathPart + " in:\n" + text);
            }
            return m.group(1);
        }

        public String code() {
            Matcher m = Pattern.compile("\\b(\\d{6})\\b").matcher(text);
            if (!m.find()) {
                throw new AssertionError("No 6-digit code in:\n" + text);
            }
            return m.group(1);
        }
    }

    public List<Mail> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> addressedTo(m, address)).map(Inbox::read).toList();
    }

    /** Waits for the {@code nth} (1-based) mail to the address whose subject contains {@code subjectPart}. */
    public Mail await(String address, String subjectPart, int nth) {
        try {
            List<Mail> mails = Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(
                    () -> to(address).stream().filter(m -> m.subject().contains(subjectPart)).toList(),
                    found -> found.size() >= nth);
            return mails.get(nth - 1);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("No mail " + nth + " with '" + subjectPart + "' to " + address + "; got "
                    + to(address));
        }
    }

    public Mail await(String address, String subjectPart) {
        return await(address, subjectPart, 1);
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mail read(MimeMessage message) {
        try {
            return new Mail(message.getSubject(), text(message.getContent()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object content) throws Exception {
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return (String) part.getContent();
                }
                if (part.getContent() instanceof Multipart nested) {
                    return text(nested);
                }
            }
        }
        return String.valueOf(content);
    }
}
