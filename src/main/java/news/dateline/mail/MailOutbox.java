package news.dateline.mail;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail feature's door: every feature sends mail by {@link #enqueue enqueueing} it here, inside the
 * transaction of the change that causes it, so a mail exists exactly when its change was committed.
 * {@link MailWorker} sends it later; see {@link MailProperties} for what happens without an SMTP server.
 */
@Service
public class MailOutbox {

    private final MailOutboxRepository outbox;
    private final Clock clock;

    MailOutbox(MailOutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Queues a mail in the caller's transaction (there must be one: a mail without its change, or a change
     * without its mail, is what the outbox exists to prevent).
     *
     * @return false when a mail with the same dedupe key was queued before, so nothing was added
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(OutgoingMail mail) {
        return outbox.insert(mail, clock.instant());
    }

    /**
     * Keeps a mail in the development mailbox only, marked sent: for mail that goes out by another road when an
     * SMTP server is configured (newsletter editions), so configuring one later never sends it.
     *
     * @return false when a mail with the same dedupe key is there already
     */
    @Transactional
    public boolean keepInMailbox(OutgoingMail mail) {
        return outbox.insertSent(mail, clock.instant());
    }

    /** Every mail kept for an address, oldest first: for a member's data export. */
    public List<StoredMail> mailsTo(String address) {
        return outbox.to(address);
    }

    /** Forgets sent and failed mails to an address (personal data of a deleted member). */
    @Transactional
    public int forgetMailsTo(String address) {
        return outbox.forgetRecipient(address);
    }

    /** The newest mails, for the development mailbox. */
    public List<StoredMail> latest(int limit) {
        return outbox.latest(limit);
    }

    /** How many mails stand in this state (the newsroom's home counts the failed ones). */
    public long count(MailStatus status) {
        return outbox.count(status);
    }

    public Optional<StoredMail> find(long id) {
        return outbox.find(id);
    }
}
