/**
 * Members and their accounts. Terms: a <em>member</em> is anyone with an account, reader or staff (not "user");
 * <em>roles</em> (member, editor, moderator, admin) say what a member may do, while a subscription is an entitlement
 * kept elsewhere; a <em>token</em> is a one-time secret mailed in a link (stored only as a SHA-256 hash), and a
 * sign-in token also carries a 6-digit <em>code</em>; <em>marketing consent</em> is the "early access to discounts
 * &amp; offers" choice, kept as a history with time and way; <em>deletion</em> is asked for by the member and done by
 * the <em>purge</em> after the grace period: personal data is removed and the row stays, anonymous, so references to
 * its id hold. Other features add to a member's data export by implementing
 * {@link news.dateline.member.MemberDataContributor} and remove their data on {@link news.dateline.member.MemberDeleted}.
 *
 * <p>One short class per job: {@code MemberRegistration} (registering, confirming the address), {@code EmailSignIn}
 * (codes and links by mail), {@code PasswordReset}, {@code AccountSettings} (name, password, address),
 * {@code AccountOverview} (the account as shown), {@code AccountExport}, {@code AccountDeletion} (ask, cancel),
 * {@code DeletedAccountPurge} (the scheduled removal) and {@code StaffAccounts} (accounts an admin makes);
 * package-private helpers {@code LinkTokens}, {@code MemberPasswords}, {@code EmailVerification} and
 * {@code MarketingConsents} hold what several of them share.
 * One door for other features, {@code Members} (find members, create staff accounts through {@code StaffAccounts},
 * address confirmed?, marketing consent, the account as shown, register, delete), which hands each call to its piece:
 * other features depend on one small class instead of eight; the member's own pages in {@code web} use the piece
 * they need, so no controller depends on jobs it does not do.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"mail", "ratelimit", "site"})
package news.dateline.member;
