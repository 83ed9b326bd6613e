package news.dateline.member;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import news.dateline.mail.MailOutbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member asks for their account's deletion (with their password) and may cancel it during the grace period;
 * {@link DeletedAccountPurge} removes the personal data once it is over.
 */
@Service
public class AccountDeletion {

    private final MemberRepository members;
    private final MemberPasswords passwords;
    private final MailOutbox outbox;
    private final AccountMails mails;
    private final MemberSessions sessions;
    private final MemberProperties properties;
    private final Clock clock;

    AccountDeletion(MemberRepository members, MemberPasswords passwords, MailOutbox outbox, AccountMails mails,
                    MemberSessions sessions, MemberProperties properties, Clock clock) {
        this.members = members;
        this.passwords = passwords;
        this.outbox = outbox;
        this.mails = mails;
        this.sessions = sessions;
        this.properties = properties;
        this.clock = clock;
    }

    /** How long a deleted account's data is kept, for the deletion page. */
    public Duration grace() {
        return properties.deletionGrace();
    }

    /**
     * Schedules the removal of the member's personal data after {@link MemberProperties#deletionGrace()} and ends
     * their sessions. False when the password is wrong.
     */
    @Transactional
    public boolean request(long memberId, String password) {
        if (!passwords.matches(memberId, password)) {
            return false;
        }
        Instant now = clock.instant();
        members.setDeletionRequested(memberId, now);
        members.findById(memberId).ifPresent(m -> {
            outbox.enqueue(mails.deletionScheduled(m.email(), m.displayName(), now.plus(properties.deletionGrace())));
            sessions.endAll(m.email(), null);
        });
        return true;
    }

    @Transactional
    public void cancel(long memberId) {
        members.setDeletionRequested(memberId, null);
    }
}
