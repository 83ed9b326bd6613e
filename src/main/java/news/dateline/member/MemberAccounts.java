package news.dateline.member;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import news.dateline.mail.MailOutbox;
import news.dateline.site.SecretTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A member's own account: registration, signing in by emailed code or link, email verification, password reset,
 * profile changes, marketing consent, data export and deletion. Every mail is queued in the transaction of the
 * change it belongs to. Answers never tell whether an address has an account: requests for unknown addresses
 * succeed silently. Rate limits are the web layer's ({@link MemberRateLimits}); password sign-in is Spring
 * Security's, through {@link MemberUserDetailsService}.
 */
@Service
public class MemberAccounts {

    private static final Logger log = LoggerFactory.getLogger(MemberAccounts.class);

    private final MemberRepository members;
    private final MemberTokenRepository tokens;
    private final ConsentRepository consents;
    private final MailOutbox outbox;
    private final AccountMails mails;
    private final PasswordEncoder passwords;
    private final MemberProperties properties;
    private final ObjectProvider<MemberDataContributor> contributors;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    private final MemberSessions sessions;
    private final Cache<Long, Boolean> knownVerified = Caffeine.newBuilder().maximumSize(100_000).build();
    private final Cache<Long, Boolean> recentlyUnverified = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(Duration.ofSeconds(30)).build();

    MemberAccounts(MemberRepository members, MemberTokenRepository tokens, ConsentRepository consents,
                   MailOutbox outbox, AccountMails mails, PasswordEncoder passwords, MemberProperties properties,
                   ObjectProvider<MemberDataContributor> contributors, ApplicationEventPublisher events,
                   TransactionTemplate transaction, MemberSessions sessions, Clock clock) {
        this.members = members;
        this.sessions = sessions;
        this.tokens = tokens;
        this.consents = consents;
        this.outbox = outbox;
        this.mails = mails;
        this.passwords = passwords;
        this.properties = properties;
        this.contributors = contributors;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** A registration as typed; the web form has checked the fields. */
    public record Registration(String email, String displayName, String password, boolean marketingConsent) {
    }

    /** Ways a member gives or withdraws marketing consent, stored with it. */
    public static final String CONSENT_AT_REGISTRATION = "registration form";
    public static final String CONSENT_ON_ACCOUNT_PAGE = "account page";

    /** How long a deleted account's data is kept, for the deletion page. */
    public Duration deletionGrace() {
        return properties.deletionGrace();
    }

    /**
     * Creates the account and mails a verification link; when the address already has an account, mails its owner
     * instead. Either way the caller shows the same "check your inbox".
     */
    @Transactional
    public void register(Registration registration) {
        Instant now = clock.instant();
        String email = registration.email().strip();
        Optional<Long> created = members.insert(email, registration.displayName().strip(),
                passwords.encode(registration.password()), Set.of(Role.MEMBER), null);
        if (created.isEmpty()) {
            members.findByEmail(email).ifPresent(existing ->
                    outbox.enqueue(mails.alreadyRegistered(existing.member().email(), existing.member().displayName())));
            return;
        }
        long id = created.get();
        if (registration.marketingConsent()) {
            consents.record(id, true, CONSENT_AT_REGISTRATION, now);
        }
        sendVerification(id, email, registration.displayName().strip(), now);
        events.publishEvent(new MemberRegistered(id));
    }

    @Transactional
    public void resendVerification(long memberId) {
        members.findById(memberId).ifPresent(m -> sendVerification(m.id(), m.email(), m.displayName(), clock.instant()));
    }

    private void sendVerification(long id, String email, String name, Instant now) {
        String token = SecretTokens.newToken();
        tokens.insert(id, TokenPurpose.VERIFY_EMAIL, SecretTokens.hash(token), null, null, now,
                now.plus(properties.verifyEmailLifetime()));
        outbox.enqueue(mails.verifyEmail(email, name, token, properties.verifyEmailLifetime()));
    }

    /** Whether a mailed link still works, for the page that asks for a click before using it. */
    public boolean linkUsable(LinkPurpose purpose, String token) {
        return token != null && tokens.usable(purpose.tokenPurpose, SecretTokens.hash(token), clock.instant());
    }

    /** Links in mails, as the web layer names them. */
    public enum LinkPurpose {
        VERIFY_EMAIL(TokenPurpose.VERIFY_EMAIL), SIGN_IN(TokenPurpose.SIGN_IN),
        RESET_PASSWORD(TokenPurpose.RESET_PASSWORD), CHANGE_EMAIL(TokenPurpose.CHANGE_EMAIL);

        private final TokenPurpose tokenPurpose;

        LinkPurpose(TokenPurpose tokenPurpose) {
            this.tokenPurpose = tokenPurpose;
        }
    }

    /** Uses a verification link: the address is verified and the member signed in. Empty when used or expired. */
    @Transactional
    public Optional<SignedInMember> verifyEmail(String token) {
        Instant now = clock.instant();
        return useToken(TokenPurpose.VERIFY_EMAIL, token, now).flatMap(used -> {
            markVerified(used.memberId(), now);
            return principal(used.memberId());
        });
    }

    /** Mails a sign-in code and link, when the address has an account. */
    @Transactional
    public void sendSignInCode(String email) {
        members.findByEmail(email.strip()).map(MemberRepository.Credentials::member).ifPresent(member -> {
            Instant now = clock.instant();
            String token = SecretTokens.newToken();
            String code = SecretTokens.newCode();
            tokens.insert(member.id(), TokenPurpose.SIGN_IN, SecretTokens.hash(token), codeHash(member.id(), code),
                    null, now, now.plus(properties.signInLifetime()));
            outbox.enqueue(mails.signIn(member.email(), code, token, properties.signInLifetime()));
        });
    }

    /**
     * Signs in with a typed code. A wrong code counts against every open code of that member; after
     * {@link MemberProperties#maxCodeAttempts()} wrong ones, none works any more.
     */
    @Transactional(noRollbackFor = Throwable.class)
    public Optional<SignedInMember> signInWithCode(String email, String code) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Member> member = members.findByEmail(email.strip()).map(MemberRepository.Credentials::member);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        long id = member.get().id();
        if (!tokens.useCode(id, codeHash(id, code), properties.maxCodeAttempts(), now)) {
            tokens.countWrongCode(id, now);
            return Optional.empty();
        }
        markVerified(id, now);
        return principal(id);
    }

    /** Signs in with the link of a sign-in mail (after the click the page asked for). */
    @Transactional
    public Optional<SignedInMember> signInWithLink(String token) {
        Instant now = clock.instant();
        return useToken(TokenPurpose.SIGN_IN, token, now).flatMap(used -> {
            markVerified(used.memberId(), now);
            return principal(used.memberId());
        });
    }

    /** Mails a password-reset link, when the address has an account. */
    @Transactional
    public void sendPasswordReset(String email) {
        members.findByEmail(email.strip()).map(MemberRepository.Credentials::member).ifPresent(member -> {
            Instant now = clock.instant();
            String token = SecretTokens.newToken();
            tokens.insert(member.id(), TokenPurpose.RESET_PASSWORD, SecretTokens.hash(token), null, null, now,
                    now.plus(properties.resetPasswordLifetime()));
            outbox.enqueue(mails.resetPassword(member.email(), member.displayName(), token,
                    properties.resetPasswordLifetime()));
        });
    }

    /** Sets a new password with a reset link; false when the link was used or expired. Other reset links end. */
    @Transactional
    public boolean resetPassword(String token, String newPassword) {
        Instant now = clock.instant();
        Optional<MemberTokenRepository.Used> used = useToken(TokenPurpose.RESET_PASSWORD, token, now);
        used.ifPresent(u -> {
            members.updatePasswordHash(u.memberId(), passwords.encode(newPassword));
            markVerified(u.memberId(), now);
            tokens.useAll(u.memberId(), TokenPurpose.RESET_PASSWORD, now);
            members.findById(u.memberId()).ifPresent(m -> {
                outbox.enqueue(mails.passwordChanged(m.email(), m.displayName()));
                sessions.endAll(m.email(), null);
            });
        });
        return used.isPresent();
    }

    /**
     * Whether the member confirmed their address. Asked on every article page a member opens (may they comment?),
     * so each node remembers who is verified: a verified member stays verified, because a new address is confirmed
     * before it replaces the old one (only the purge of a deleted account, whose sessions are ended, clears it).
     */
    public boolean emailVerified(long memberId) {
        if (knownVerified.getIfPresent(memberId) != null) {
            return true;
        }
        boolean verified = members.findState(memberId).map(s -> s.emailVerifiedAt() != null).orElse(false);
        if (verified) {
            knownVerified.put(memberId, Boolean.TRUE);
        }
        return verified;
    }

    /** Records the confirmation; this node stops remembering the member as not yet confirmed. */
    private void markVerified(long memberId, Instant now) {
        members.markVerified(memberId, now);
        recentlyUnverified.invalidate(memberId);
    }

    /**
     * The same for what a page shows (the comment form, or the request to confirm first), where "not yet" may be up
     * to half a minute old: most members who register never click the link, and each of their page views asked the
     * database. A confirmation on this node clears it at once; posting asks {@link #emailVerified}.
     */
    public boolean emailVerifiedAsShown(long memberId) {
        if (knownVerified.getIfPresent(memberId) != null) {
            return true;
        }
        if (recentlyUnverified.getIfPresent(memberId) != null) {
            return false;
        }
        boolean verified = emailVerified(memberId);
        if (!verified) {
            recentlyUnverified.put(memberId, Boolean.TRUE);
        }
        return verified;
    }

    /** Whether the member's current marketing consent is given. */
    public boolean marketingConsentGiven(long memberId) {
        return consents.current(memberId).map(MarketingConsent::given).orElse(false);
    }

    /** A page of members with marketing consent, ids above {@code afterId} in order: for mailing them in batches. */
    public List<MarketingRecipient> marketingAudience(long afterId, int limit) {
        return consents.consenting(afterId, limit);
    }

    public Optional<Account> account(long memberId) {
        return members.findState(memberId).flatMap(state -> members.findById(memberId).map(member -> new Account(
                member, state.emailVerifiedAt(), state.deletionRequestedAt(),
                state.deletionRequestedAt() == null ? null : state.deletionRequestedAt().plus(properties.deletionGrace()),
                consents.current(memberId).orElse(null))));
    }

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
        if (!passwordMatches(memberId, currentPassword)) {
            return false;
        }
        members.updatePasswordHash(memberId, passwords.encode(newPassword));
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
        if (!passwordMatches(memberId, password)) {
            return false;
        }
        Member member = members.findById(memberId).orElseThrow();
        Instant now = clock.instant();
        String token = SecretTokens.newToken();
        tokens.insert(memberId, TokenPurpose.CHANGE_EMAIL, SecretTokens.hash(token), null, newEmail.strip(), now,
                now.plus(properties.changeEmailLifetime()));
        outbox.enqueue(mails.confirmNewEmail(newEmail.strip(), member.displayName(), token, properties.changeEmailLifetime()));
        outbox.enqueue(mails.emailChangeRequested(member.email(), member.displayName(), newEmail.strip()));
        return true;
    }

    /** The outcome of confirming a new address. */
    public enum EmailChange { CHANGED, TAKEN, LINK_INVALID }

    @Transactional
    public EmailChange confirmEmailChange(String token) {
        Instant now = clock.instant();
        Optional<MemberTokenRepository.Used> used = useToken(TokenPurpose.CHANGE_EMAIL, token, now);
        if (used.isEmpty()) {
            return EmailChange.LINK_INVALID;
        }
        return members.updateEmail(used.get().memberId(), used.get().email(), now) ? EmailChange.CHANGED : EmailChange.TAKEN;
    }

    @Transactional
    public void setMarketingConsent(long memberId, boolean given, String way) {
        boolean current = consents.current(memberId).map(MarketingConsent::given).orElse(false);
        if (current != given) {
            consents.record(memberId, given, way, clock.instant());
        }
    }

    /** Everything stored about the member, for the JSON download. */
    @Transactional(readOnly = true)
    public MemberDataExport export(long memberId) {
        Member member = members.findById(memberId).orElseThrow();
        var state = members.findState(memberId).orElseThrow();
        Map<String, Object> other = new LinkedHashMap<>();
        contributors.orderedStream().forEach(c -> other.put(c.exportName(), c.exportData(memberId)));
        return new MemberDataExport(clock.instant(),
                new MemberDataExport.Profile(member.id(), member.email(), member.displayName(),
                        member.roles().stream().map(Enum::name).sorted().toList(), member.createdAt(),
                        state.emailVerifiedAt(), state.deletionRequestedAt()),
                consents.history(memberId), tokens.describe(memberId),
                outbox.mailsTo(member.email()).stream().map(MemberDataExport.Mail::of).toList(), other);
    }

    /**
     * Schedules the removal of the member's personal data after {@link MemberProperties#deletionGrace()}.
     * False when the password is wrong.
     */
    @Transactional
    public boolean requestDeletion(long memberId, String password) {
        if (!passwordMatches(memberId, password)) {
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
    public void cancelDeletion(long memberId) {
        members.setDeletionRequested(memberId, null);
    }

    /**
     * Removes the personal data of accounts whose grace period is over: email, name, password, roles, tokens,
     * consent history and the mails kept for them; other features remove theirs on {@link MemberDeleted}. The row and
     * its id stay, anonymous, so what refers to it (comments) does not break. Runs on every node; locked rows are
     * skipped, so each account is purged once.
     *
     * @return how many accounts were purged
     */
    @Scheduled(fixedDelayString = "${dateline.members.purge-interval:PT1H}", initialDelayString = "PT1M")
    public int purgeDeletedAccounts() {
        Instant now = clock.instant();
        Integer purged = transaction.execute(status -> {
            List<Long> due = members.claimDueForPurge(now.minus(properties.deletionGrace()), 100);
            for (long id : due) {
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
            return due.size();
        });
        if (purged != null && purged > 0) {
            log.info("Removed the personal data of {} deleted account(s)", purged);
        }
        return purged == null ? 0 : purged;
    }

    private boolean passwordMatches(long memberId, String password) {
        return password != null && members.passwordHash(memberId).map(hash -> passwords.matches(password, hash)).orElse(false);
    }

    private Optional<MemberTokenRepository.Used> useToken(TokenPurpose purpose, String token, Instant now) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return tokens.use(purpose, SecretTokens.hash(token), now);
    }

    /** The session principal for a member signed in without a password; the hash is not kept in the session. */
    public Optional<SignedInMember> principal(long memberId) {
        return members.findById(memberId).map(m -> {
            SignedInMember principal = new SignedInMember(m.id(), m.email(), m.displayName(), "",
                    m.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
            principal.eraseCredentials();
            return principal;
        });
    }

    /** A code is short, so its hash is salted with the member it was sent to. */
    private static String codeHash(long memberId, String code) {
        return SecretTokens.hash(memberId + ":" + code.strip());
    }
}
