package news.dateline.newsletter.edition;

import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Runs the newsletter delivery, which the test profile leaves off, for tests outside this package: queues the
 * editions that are due and sends every copy into the development mailbox, as a site without SMTP does, or over
 * SMTP to the test mail server.
 */
public final class TestDelivery {

    private TestDelivery() {
    }

    /** Returns how many copies were claimed. */
    public static int sendDueIntoDevelopmentMailbox(ApplicationContext context) throws InterruptedException {
        context.getBean(EditionQueue.class).queueDue();
        return context.getBean(DeliveryWorker.class).drain(null, "test-delivery");
    }

    /** Queues the due editions and sends every copy over SMTP through {@code smtp}; returns how many were claimed. */
    public static int sendDue(ApplicationContext context, JavaMailSender smtp) throws InterruptedException {
        context.getBean(EditionQueue.class).queueDue();
        return context.getBean(DeliveryWorker.class).drain(smtp, "test-delivery");
    }
}
