package news.dateline.member;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import news.dateline.mail.MailOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes the personal data of accounts whose deletion grace period is over ({@link AccountDeletion}): email, name,
 * password, roles, tokens, consent history and the mails kept for them; other features remove theirs on
 * {@link MemberDeleted}. The row and its id stay, anonymous, so what refers to it (comments) does not break. Runs on
 * every node; locked rows are skipped, so each account is purged once.
 */
@Component
class DeletedAccountPurge {

    private static final Logger log = LoggerFactory.getLogger(DeletedAccountPurge.class);

    private final MemberRepository members;
    private final MemberTokenRepository tokens;
    private final ConsentRepository consents;
    private final MailOutbox outbox;
    private final MemberSessions sessions;
    private final ApplicationEventPublisher events;
    private final AccountDeletion deletion;
    private final Clock clock;

    DeletedAccountPurge(MemberRepository members, MemberTokenRepository tokens, ConsentRepository consents,
                        MailOutbox outbox, MemberSessions sessions, ApplicationEventPublisher events,
                        AccountDeletion deletion, Clock clock) {
        this.members = members;
        this.tokens = tokens;
        this.consents = consents;
        this.outbox = outbox;
        this.sessions = sessions;
        this.events = events;
        this.deletion = deletion;
        this.clock = clock;
    }

    /** In one transaction, so the claimed rows stay locked until their data is gone. @return how many were purged */
    @Scheduled(fixedDelayString = "${dateline.members.purge-interval:PT1H}", initialDelayString = "PT1M")
    @Transactional
    public int purge() {
        Instant now = clock.instant();
        List<Long> due = members.claimDueForPurge(now.minus(deletion.grace()), 100);
        due.forEach(id -> erase(id, now));
        if (!due.isEmpty()) {
            log.info("Removed the personal data of {} deleted account(s)", due.size());
        }
        return due.size();
    }

    private void erase(long id, Instant now) {
        String verifiedEmail = members.findById(id).map(m -> {
            outbox.forgetMailsTo(m.email());
            sessions.endAll(m.email(), null);
            boolean verified = members.findState(id).map(s -> s.emailVerifiedAt() != null).orElse(false);
            return verified ? m.email().toLowerCase(Locale.ROOT) : null;
        }).orElse(null);
        tokens.deleteAll(id);
        consents.deleteAll(id);
        members.anonymize(id, now);
        events.publishEvent(new MemberDeleted(id, verifiedEmail));
    }
}
