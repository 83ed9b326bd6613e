package news.dateline.member;

import java.time.Clock;
import java.util.Optional;

import news.dateline.mail.MailOutbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a signed-in member changes on their account page: name, password and address (the new address confirmed by
 * a mailed link); what the page shows is {@link AccountOverview}'s. Changes that need the password answer false when it is wrong.
 */
@Service
public class AccountSettings {

    private final MemberRepository members;
    private final MemberPasswords passwords;
    private final LinkTokens tokens;
    private final MailOutbox outbox;
    private final AccountMails mails;
    private final MemberSessions sessions;
    private final Clock clock;

    AccountSettings(MemberRepository members, MemberPasswords passwords, LinkTokens tokens, MailOutbox outbox,
                    AccountMails mails, MemberSessions sessions, Clock clock) {
        this.members = members;
        this.passwords = passwords;
        this.tokens = tokens;
        this.outbox = outbox;
        this.mails = mails;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The outcome of confirming a new address. */
    public enum EmailChange { CHANGED, TAKEN, LINK_INVALID }

    /** The principal with the new name, for the session. */
    @Transactional
    public Optional<SignedInMember> changeDisplayName(long memberId, String name) {
        members.updateDisplayName(memberId, name.strip());
        return principal(memberId);
    }

    /**
     * False when the current password is wrong. The member's other sessions end, on every device; the one
     * named {@code currentSessionId} (the session making the change) stays signed in.
     */
    @Transactional
    public boolean changePassword(long memberId, String currentPassword, String newPassword, String currentSessionId) {
        if (!passwords.matches(memberId, currentPassword)) {
            return false;
        }
        passwords.change(memberId, newPassword);
        members.findById(memberId).ifPresent(m -> {
            outbox.enqueue(mails.passwordChanged(m.email(), m.displayName()));
            sessions.endAll(m.email(), currentSessionId);
        });
        return true;
    }

    /**
     * Mails a confirmation link to the new address (and a notice to the old one); the address changes when the link
     * is used. False when the password is wrong. Whether the new address is taken is told only at confirmation.
     */
    @Transactional
    public boolean requestEmailChange(long memberId, String password, String newEmail) {
        if (!passwords.matches(memberId, password)) {
            return false;
        }
        Member member = members.findById(memberId).orElseThrow();
        String email = newEmail.strip();
        LinkTokens.Issued link = tokens.issue(memberId, TokenPurpose.CHANGE_EMAIL, null, email);
        outbox.enqueue(mails.confirmNewEmail(email, member.displayName(), link.token(), link.lifetime()));
        outbox.enqueue(mails.emailChangeRequested(member.email(), member.displayName(), email));
        return true;
    }

    /** Whether a change-email link still works, for the page that asks for a click before using it. */
    public boolean emailChangeLinkUsable(String token) {
        return tokens.usable(TokenPurpose.CHANGE_EMAIL, token);
    }

    @Transactional
    public EmailChange confirmEmailChange(String token) {
        return tokens.use(TokenPurpose.CHANGE_EMAIL, token)
                .map(used -> members.updateEmail(used.memberId(), used.email(), clock.instant())
                        ? EmailChange.CHANGED : EmailChange.TAKEN)
                .orElse(EmailChange.LINK_INVALID);
    }

    /** The session principal for the member as stored now (after a change of name or address). */
    public Optional<SignedInMember> principal(long memberId) {
        return members.findById(memberId).map(SignedInMember::withoutPassword);
    }
}
