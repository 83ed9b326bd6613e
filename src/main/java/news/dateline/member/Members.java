package news.dateline.member;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member feature's one door for the other features (and the tests standing in for them): finding members,
 * staff accounts, whether an address is confirmed, marketing consent, the account as shown, registration and
 * deletion. Each call is handed to the piece that does the job ({@link StaffAccounts}, {@link MemberRegistration},
 * {@link AccountOverview}, {@link AccountDeletion}, {@link DeletedAccountPurge}); the member's own pages use those
 * pieces directly.
 */
@Service
public class Members {

    /** Ways a member gives or withdraws marketing consent, stored with it. */
    public static final String CONSENT_AT_REGISTRATION = "registration form";
    public static final String CONSENT_ON_ACCOUNT_PAGE = "account page";

    private final EmailVerification verification;
    private final MarketingConsents consents;
    private final AccountOverview overview;
    private final MemberRegistration registration;
    private final AccountDeletion deletion;
    private final DeletedAccountPurge purge;
    private final MemberRepository members;
    private final StaffAccounts staff;

    Members(EmailVerification verification, MarketingConsents consents, AccountOverview overview,
            MemberRegistration registration, AccountDeletion deletion, DeletedAccountPurge purge,
            MemberRepository members, StaffAccounts staff) {
        this.verification = verification;
        this.consents = consents;
        this.overview = overview;
        this.registration = registration;
        this.deletion = deletion;
        this.purge = purge;
        this.members = members;
        this.staff = staff;
    }

    public Optional<Member> find(long id) {
        return members.findById(id);
    }

    public Optional<Member> findByEmail(String email) {
        return members.findByEmail(email).map(MemberRepository.Credentials::member);
    }

    /** Every member with a role beyond reader, by name. */
    public List<Member> staff() {
        return members.findStaff();
    }

    /**
     * Creates an account with the given roles, its email taken as verified (staff accounts made by an admin).
     *
     * @throws EmailTakenException when another account has this email (case-insensitively)
     */
    public Member create(NewMember command) {
        return staff.create(command);
    }

    boolean hasAdmin() {
        return staff.anyAdmin();
    }

    /** What is needed to create an account. */
    public record NewMember(String email, String displayName, String password, Set<Role> roles) {
    }

    public static class EmailTakenException extends RuntimeException {
        public EmailTakenException(String email) {
            super("An account with the email " + email + " already exists.");
        }
    }

    /** A registration as typed; the web form has checked the fields. */
    public record Registration(String email, String displayName, String password, boolean marketingConsent) {
    }

    /** Whether the member confirmed their address (asked before a comment is posted). */
    public boolean emailVerified(long memberId) {
        return verification.verified(memberId);
    }

    /** The same for what a page shows, where "not yet" may be up to half a minute old ({@link EmailVerification}). */
    public boolean emailVerifiedAsShown(long memberId) {
        return verification.verifiedAsShown(memberId);
    }

    /** Whether the member's current marketing consent is given. */
    public boolean marketingConsentGiven(long memberId) {
        return consents.given(memberId);
    }

    /** A page of members with marketing consent, ids above {@code afterId} in order: for mailing them in batches. */
    public List<MarketingRecipient> marketingAudience(long afterId, int limit) {
        return consents.audience(afterId, limit);
    }

    /** Gives or withdraws consent, recorded with the way ({@link #CONSENT_ON_ACCOUNT_PAGE}) when it changes. */
    @Transactional
    public void setMarketingConsent(long memberId, boolean given, String way) {
        consents.set(memberId, given, way);
    }

    public Optional<Account> account(long memberId) {
        return overview.of(memberId);
    }

    /** See {@link MemberRegistration#register}. */
    public void register(Registration registration) {
        this.registration.register(registration);
    }

    /** See {@link AccountDeletion#request}. */
    public boolean requestDeletion(long memberId, String password) {
        return deletion.request(memberId, password);
    }

    /** Purges the accounts whose grace period is over now (it also runs on a schedule); how many. */
    public int purgeDeletedAccounts() {
        return purge.purge();
    }

    /** The session principal for a member signed in without a password; the hash is not kept in the session. */
    public Optional<SignedInMember> principal(long memberId) {
        return members.findById(memberId).map(SignedInMember::withoutPassword);
    }
}
