package news.dateline.member;

import java.util.Optional;
import java.util.Set;

import news.dateline.mail.MailOutbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration and the confirmation of a new member's address. Answers never tell whether an address has an
 * account: registering a taken one mails its owner instead. Siblings: {@link EmailSignIn}, {@link PasswordReset},
 * {@link AccountSettings}, {@link AccountDeletion}.
 */
@Service
public class MemberRegistration {

    private final MemberRepository members;
    private final MemberPasswords passwords;
    private final MarketingConsents consents;
    private final LinkTokens tokens;
    private final EmailVerification verification;
    private final MailOutbox outbox;
    private final AccountMails mails;
    private final ApplicationEventPublisher events;

    MemberRegistration(MemberRepository members, MemberPasswords passwords, MarketingConsents consents,
                       LinkTokens tokens, EmailVerification verification, MailOutbox outbox, AccountMails mails,
                       ApplicationEventPublisher events) {
        this.members = members;
        this.passwords = passwords;
        this.consents = consents;
        this.tokens = tokens;
        this.verification = verification;
        this.outbox = outbox;
        this.mails = mails;
        this.events = events;
    }

    /**
     * Creates the account and mails a verification link; when the address already has an account, mails its owner
     * instead. Either way the caller shows the same "check your inbox".
     */
    @Transactional
    public void register(Members.Registration registration) {
        String email = registration.email().strip();
        String name = registration.displayName().strip();
        Optional<Long> created = members.insert(email, name, passwords.hash(registration.password()),
                Set.of(Role.MEMBER), null);
        if (created.isEmpty()) {
            members.findByEmail(email).ifPresent(existing ->
                    outbox.enqueue(mails.alreadyRegistered(existing.member().email(), existing.member().displayName())));
            return;
        }
        long id = created.get();
        if (registration.marketingConsent()) {
            consents.set(id, true, Members.CONSENT_AT_REGISTRATION);
        }
        sendVerification(id, email, name);
        events.publishEvent(new MemberRegistered(id));
    }

    @Transactional
    public void resendVerification(long memberId) {
        members.findById(memberId).ifPresent(m -> sendVerification(m.id(), m.email(), m.displayName()));
    }

    /** Whether a verification link still works, for the page that asks for a click before using it. */
    public boolean verificationLinkUsable(String token) {
        return tokens.usable(TokenPurpose.VERIFY_EMAIL, token);
    }

    /** Uses a verification link: the address is verified and the member signed in. Empty when used or expired. */
    @Transactional
    public Optional<SignedInMember> verifyEmail(String token) {
        return tokens.use(TokenPurpose.VERIFY_EMAIL, token).flatMap(used -> {
            verification.markVerified(used.memberId());
            return members.findById(used.memberId()).map(SignedInMember::withoutPassword);
        });
    }

    private void sendVerification(long id, String email, String name) {
        LinkTokens.Issued link = tokens.issue(id, TokenPurpose.VERIFY_EMAIL);
        outbox.enqueue(mails.verifyEmail(email, name, link.token(), link.lifetime()));
    }
}
