package news.dateline.mail;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

/**
 * Reading a failed SMTP send, for every sender (the outbox and newsletter delivery): a refusal that never gets better
 * (a 5xx reply anywhere in the chain, an address that cannot be parsed) is told from the rest, and the failure is
 * described in a line short enough to store.
 */
public final class SmtpFailures {

    private SmtpFailures() {
    }

    public static boolean isPermanent(Throwable failure) {
        if (failure instanceof MailParseException) {
            return true;
        }
        if (failure instanceof MailSendException send) {
            for (Exception e : send.getFailedMessages().values()) {
                if (permanentChain(e)) {
                    return true;
                }
            }
        }
        return permanentChain(failure);
    }

    /** The failure's message (or its type), at most 1,000 characters. */
    public static String describe(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }

    private static boolean permanentChain(Throwable t) {
        for (Throwable e = t; e != null; e = next(e)) {
            int code = switch (e) {
                case SMTPSendFailedException s -> s.getReturnCode();
                case SMTPAddressFailedException a -> a.getReturnCode();
                case SMTPSenderFailedException s -> s.getReturnCode();
                default -> 0;
            };
            if (code >= 500 && code < 600) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable e) {
        if (e instanceof MessagingException m && m.getNextException() != null && m.getNextException() != e) {
            return m.getNextException();
        }
        return e.getCause() == e ? null : e.getCause();
    }
}
