package news.dateline.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import news.dateline.support.Inbox;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox on the real database and a real SMTP server (GreenMail). */
@IntegrationTest
class MailOutboxIT {

    @Autowired
    TestData data;

    @Autowired
    MailOutbox outbox;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Inbox inbox;

    @Test
    void aQueuedMailIsSentOverSmtpAndMarkedSent() {
        String to = "reader-" + UUID.randomUUID() + "@test.local";

        transaction.executeWithoutResult(s -> outbox.enqueue(OutgoingMail.text(to, "Hello over SMTP", "Read at https://example.test/a")));

        Inbox.Mail mail = inbox.await(to, "Hello over SMTP");
        assertThat(mail.text()).contains("https://example.test/a");
        assertThat(outbox.mailsTo(to)).singleElement().satisfies(m -> {
            assertThat(m.status()).isIn(MailStatus.SENT, MailStatus.PENDING); // marked in the sending transaction
        });
    }

    @Test
    void aMailWithTheSameDedupeKeyIsQueuedOnce() {
        String to = "dedupe-" + UUID.randomUUID() + "@test.local";
        OutgoingMail mail = OutgoingMail.text(to, "Once only", "Body").withDedupeKey("welcome:" + to);

        Boolean first = transaction.execute(s -> outbox.enqueue(mail));
        Boolean second = transaction.execute(s -> outbox.enqueue(mail));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        inbox.await(to, "Once only");
        assertThat(outbox.mailsTo(to)).hasSize(1);
    }

    @Test
    void aMailRolledBackWithItsChangeIsNeverSent() {
        String to = "rollback-" + UUID.randomUUID() + "@test.local";

        transaction.executeWithoutResult(s -> {
            outbox.enqueue(OutgoingMail.text(to, "Never", "Body"));
            s.setRollbackOnly();
        });

        assertThat(outbox.mailsTo(to)).isEmpty();
    }

    @Test
    void queueingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.enqueue(OutgoingMail.text("x@test.local", "No", "Body")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theDevelopmentMailboxShowsEachMailWithClickableLinksToAdminsOnly() {
        String to = "mailbox-" + UUID.randomUUID() + "@test.local";
        transaction.executeWithoutResult(s -> outbox.enqueue(OutgoingMail.text(to, "Mailbox check " + to,
                "Confirm at http://localhost:8080/verify-email?token=abc123 please.")));
        long id = outbox.mailsTo(to).getFirst().id();

        WebSession anonymous = data.anonymous();
        assertThat(anonymous.get("/admin/dev/mailbox").statusCode()).isEqualTo(302);

        WebSession admin = data.anonymous();
        admin.signIn("admin@test.local", "admin kettle marigold for tests");
        var list = admin.get("/admin/dev/mailbox");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Mailbox check " + to).contains("/admin/dev/mailbox/" + id);
        var message = admin.get("/admin/dev/mailbox/" + id);
        assertThat(message.body())
                .contains("<a href=\"http://localhost:8080/verify-email?token=abc123\">")
                .contains(to);
        assertThat(admin.get("/admin/dev/mailbox/" + Long.MAX_VALUE).statusCode()).isEqualTo(404);
    }
}
