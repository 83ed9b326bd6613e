package news.dateline.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import news.dateline.support.Inbox;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every account journey over real HTTP, with sessions in PostgreSQL and mail through GreenMail. */
@IntegrationTest
class AccountJourneysIT {

    @Autowired
    TestData data;

    static final String PASSWORD = TestData.PASSWORD;
    /** 72 bytes in UTF-8 in 50 characters: bcrypt's limit, reached well within the form's old 200 characters. */
    static final String AT_THE_LIMIT = "quiet lanterns over harbour " + "é".repeat(22);
    static final String OVERLONG = AT_THE_LIMIT + "é";

    @Autowired
    Inbox inbox;
    @Autowired
    MutableClock clock;
    @Autowired
    Members accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewMemberConfirmsTheirEmailByLinkAndIsSignedIn() {
        String email = unique("new");
        WebSession web = data.anonymous();
        register(web, email, "Asha Rao", true);

        String link = inbox.await(email, "Confirm your email").link("/verify-email");
        // a mail scanner opening the link uses nothing up
        assertThat(data.anonymous().get(link).body()).contains("Confirm my email");
        assertThat(web.get(link).statusCode()).isEqualTo(200);

        String token = link.substring(link.indexOf("token=") + 6);
        HttpResponse<String> confirmed = web.post("/verify-email", "token", token);
        assertThat(confirmed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account"));
        HttpResponse<String> account = web.follow(confirmed);
        assertThat(account.body()).contains("Asha Rao").contains("confirmed").contains("your email is confirmed");
        assertThat(account.body()).contains("Given on").contains("registration form");

        // the link works once
        assertThat(data.anonymous().get(link).statusCode()).isEqualTo(410);
    }

    @Test
    void registeringATakenAddressGivesTheSameAnswerAndMailsItsOwner() {
        String email = unique("taken");
        WebSession first = data.anonymous();
        HttpResponse<String> one = register(first, email, "First Owner", false);
        HttpResponse<String> two = register(data.anonymous(), email.toUpperCase(), "Impostor", false);

        assertThat(two.statusCode()).isEqualTo(one.statusCode());
        assertThat(two.headers().firstValue("Location")).isEqualTo(one.headers().firstValue("Location"));
        assertThat(inbox.await(email, "You already have an account").text()).contains("/password/forgot");
    }

    @Test
    void aMemberSignsInWithAnEmailedCode() {
        String email = registeredAndConfirmed("Code Reader");
        WebSession web = data.anonymous();
        String before = web.get("/signin").body();
        assertThat(before).contains("Email me a code");

        HttpResponse<String> asked = web.post("/signin/code", "email", email);
        assertThat(web.follow(asked).body()).contains("6-digit code is on its way");
        String code = inbox.await(email, "Your sign-in code").code();

        HttpResponse<String> wrong = web.post("/signin/code/verify", "email", email, "code", otherThan(code));
        assertThat(wrong.body()).contains("That code is wrong or has expired");

        HttpResponse<String> right = web.post("/signin/code/verify", "email", email, "code", code);
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(web.follow(right).body()).contains("Code Reader");

        // the code is used up
        WebSession again = data.anonymous();
        again.get("/signin/code");
        assertThat(again.post("/signin/code/verify", "email", email, "code", code).body()).contains("That code is wrong");
    }

    @Test
    void aCodeTypedAfterFifteenMinutesIsRefused() {
        String email = registeredAndConfirmed("Late Reader");
        WebSession web = data.anonymous();
        web.get("/signin");
        web.post("/signin/code", "email", email);
        String code = inbox.await(email, "Your sign-in code").code();

        clock.advance(Duration.ofMinutes(16));
        web.get("/signin/code");
        assertThat(web.post("/signin/code/verify", "email", email, "code", code).body()).contains("That code is wrong or has expired");
    }

    @Test
    void fiveWrongCodesEndTheCodeEvenWhenTheRightOneFollows() {
        String email = registeredAndConfirmed("Guessed At");
        WebSession web = data.anonymous();
        web.get("/signin");
        web.post("/signin/code", "email", email);
        String code = inbox.await(email, "Your sign-in code").code();
        for (int i = 0; i < 5; i++) {
            web.post("/signin/code/verify", "email", email, "code", otherThan(code));
        }
        assertThat(web.post("/signin/code/verify", "email", email, "code", code).body()).contains("That code is wrong");
    }

    @Test
    void theSignInLinkAsksForAClickAndWorksOnce() {
        String email = registeredAndConfirmed("Link Reader");
        WebSession web = data.anonymous();
        web.get("/signin");
        web.post("/signin/code", "email", email);
        String link = inbox.await(email, "Your sign-in code").link("/signin/link");

        assertThat(web.get(link).body()).contains("Press the button to sign in");
        assertThat(web.get(link).statusCode()).isEqualTo(200);
        String token = link.substring(link.indexOf("token=") + 6);
        HttpResponse<String> signedIn = web.post("/signin/link", "token", token);
        assertThat(web.follow(signedIn).body()).contains("Link Reader");

        WebSession other = data.anonymous();
        assertThat(other.get(link).statusCode()).isEqualTo(410);
        other.get("/signin");
        assertThat(other.post("/signin/link", "token", token).statusCode()).isEqualTo(410);
    }

    @Test
    void askingForACodeOrAResetForAnUnknownAddressLooksTheSame() {
        String known = registeredAndConfirmed("Known Reader");
        String unknown = unique("nobody");
        WebSession web = data.anonymous();
        web.get("/signin");
        HttpResponse<String> forKnown = web.post("/signin/code", "email", known);
        HttpResponse<String> forUnknown = web.post("/signin/code", "email", unknown);
        assertThat(forUnknown.statusCode()).isEqualTo(forKnown.statusCode());
        assertThat(forUnknown.headers().firstValue("Location")).isEqualTo(forKnown.headers().firstValue("Location"));

        web.get("/password/forgot");
        HttpResponse<String> resetKnown = web.post("/password/forgot", "email", known);
        HttpResponse<String> resetUnknown = web.post("/password/forgot", "email", unknown);
        assertThat(resetUnknown.headers().firstValue("Location")).isEqualTo(resetKnown.headers().firstValue("Location"));
        assertThat(web.follow(resetUnknown).body()).contains("If that address has an account");

        inbox.await(known, "Reset your password");
        assertThat(inbox.to(unknown)).isEmpty();
    }

    @Test
    void aPasswordIsResetOnceWithTheMailedLink() {
        String email = registeredAndConfirmed("Forgetful Reader");
        WebSession web = data.anonymous();
        web.get("/password/forgot");
        web.post("/password/forgot", "email", email);
        String link = inbox.await(email, "Reset your password").link("/password/reset");
        String token = link.substring(link.indexOf("token=") + 6);

        assertThat(web.get(link).body()).contains("Choose a new password");
        assertThat(web.post("/password/reset", "token", token, "password", "short").body()).contains("at least 12 characters");
        assertThat(web.post("/password/reset", "token", token, "password", "aaaaaaaaaaaa").body()).contains("too easy to guess");
        HttpResponse<String> overlong = web.post("/password/reset", "token", token, "password", OVERLONG);
        assertThat(overlong.statusCode()).isEqualTo(200);
        assertThat(overlong.body()).contains("at most 72 bytes");
        HttpResponse<String> reset = web.post("/password/reset", "token", token, "password", "brand new lantern harbour");
        assertThat(reset.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/signin?reset"));

        // reused
        assertThat(web.post("/password/reset", "token", token, "password", "another tamarind orbit").statusCode()).isEqualTo(410);
        assertThat(data.anonymous().signIn(email, PASSWORD).headers().firstValue("Location").orElseThrow()).contains("error");
        assertThat(data.anonymous().signIn(email, "brand new lantern harbour").headers().firstValue("Location").orElseThrow())
                .doesNotContain("error");
    }

    @Test
    void anExpiredResetLinkIsRefused() {
        String email = registeredAndConfirmed("Slow Reader");
        WebSession web = data.anonymous();
        web.get("/password/forgot");
        web.post("/password/forgot", "email", email);
        String link = inbox.await(email, "Reset your password").link("/password/reset");
        clock.advance(Duration.ofMinutes(61));

        HttpResponse<String> page = web.get(link);
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("has been used or has expired");
    }

    @Test
    void theSessionIdChangesAtSignInSoAPlantedIdIsWorthless() {
        String email = registeredAndConfirmed("Fixed Reader");
        WebSession web = data.anonymous();
        web.get("/account"); // a page that needs sign-in keeps the request in a new session
        web.get("/signin");
        String before = web.cookie("SESSION").orElseThrow();

        HttpResponse<String> signedIn = web.post("/signin", "username", email, "password", PASSWORD);

        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(web.cookie("SESSION")).isPresent().get().isNotEqualTo(before);
        assertThat(web.get("/account").body()).contains("Fixed Reader");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        String email = registeredAndConfirmed("Cookie Reader");
        HttpResponse<String> signedIn = data.anonymous().signIn(email, PASSWORD);
        String cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure"); // Secure on HTTPS only
    }

    @Test
    void theAnonymousSignInPageStartsNoSessionAndKeepsItsTokenInAnHttpOnlyCookie() {
        HttpResponse<String> page = data.anonymous().get("/signin");
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
        String token = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .findFirst().orElseThrow();
        assertThat(token).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void signingInWithAnotherBrowsersTokenIsRefused() {
        String email = registeredAndConfirmed("Token Reader");
        WebSession attacker = data.anonymous();
        attacker.get("/signin");
        String stolen = attacker.csrfToken();
        WebSession victim = data.anonymous();
        victim.get("/signin");
        HttpResponse<String> response = victim.postRaw("/signin",
                Map.of("username", email, "password", PASSWORD, "_csrf", stolen), Map.of());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        String email = unique("csrf");
        WebSession web = data.anonymous();
        web.get("/register");
        HttpResponse<String> response = web.postRaw("/register",
                Map.of("email", email, "displayName", "No Token", "password", PASSWORD), Map.of());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(web.postRaw("/signin/code", Map.of("email", email), Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    void tooManyPasswordAttemptsForOneAddressAreRefusedWithA429() {
        String email = registeredAndConfirmed("Attacked Reader");
        WebSession web = data.anonymous();
        for (int i = 0; i < 5; i++) {
            assertThat(web.signIn(email, "wrong password " + i).statusCode()).isEqualTo(302);
        }
        HttpResponse<String> refused = web.signIn(email, PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("Too many attempts").contains("Try again in");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void tooManyMailRequestsForOneAddressAreRefusedWithA429() {
        String email = unique("flood");
        WebSession web = data.anonymous();
        web.get("/signin");
        for (int i = 0; i < 4; i++) {
            assertThat(web.post("/signin/code", "email", email).statusCode()).isEqualTo(302);
        }
        HttpResponse<String> refused = web.post("/signin/code", "email", email);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("Too many attempts");
    }

    @Test
    void aPasswordOverSeventyTwoBytesIsRefusedAndWhatElseWasTypedIsKept() {
        String email = unique("overlong");
        WebSession web = data.anonymous();
        web.get("/register");
        HttpResponse<String> refused = web.post("/register", "email", email, "displayName", "Long Typer",
                "password", OVERLONG, "marketingConsent", "true");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("The password can have at most 72 bytes; it has 74.")
                .contains("value=\"" + email + "\"").contains("value=\"Long Typer\"");
        assertThat(inbox.to(email)).isEmpty();
    }

    @Test
    void aGuessablePasswordIsRefusedWithTheEstimatorsAdvice() {
        String email = unique("weak");
        WebSession web = data.anonymous();
        web.get("/register");
        HttpResponse<String> refused = web.post("/register", "email", email, "displayName", "Weak Typer",
                "password", "aaaaaaaaaaaa");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("That password is too easy to guess.")
                .contains("Avoid repeated words and characters.").contains("value=\"" + email + "\"");
    }

    @Test
    void aPasswordTypedLongerThanSeventyTwoBytesNeverSignsIn() {
        String email = unique("edge");
        WebSession web = data.anonymous();
        web.get("/register");
        assertThat(web.post("/register", "email", email, "displayName", "Edge Case", "password", AT_THE_LIMIT)
                .statusCode()).isEqualTo(302);

        // bcrypt compares only the first 72 bytes: without the check, anything typed after them would be ignored
        HttpResponse<String> longer = data.anonymous().signIn(email, OVERLONG);
        assertThat(longer.statusCode()).isEqualTo(302);
        assertThat(longer.headers().firstValue("Location").orElseThrow()).endsWith("/signin?error");
        assertThat(data.anonymous().signIn(email, AT_THE_LIMIT).headers().firstValue("Location").orElseThrow())
                .doesNotContain("error");
    }

    @Test
    void changingThePasswordAppliesTheSameRule() {
        String email = registeredAndConfirmed("Rule Follower");
        WebSession web = signedIn(email, PASSWORD);
        web.get("/account");
        HttpResponse<String> overlong = web.post("/account/password", "currentPassword", PASSWORD, "newPassword", OVERLONG);
        assertThat(overlong.statusCode()).isEqualTo(200);
        assertThat(overlong.body()).contains("at most 72 bytes");
        assertThat(web.post("/account/password", "currentPassword", PASSWORD, "newPassword", "correct horse battery staple")
                .body()).contains("too easy to guess");
        // an overlong current password is just not right, as at sign-in
        assertThat(web.post("/account/password", "currentPassword", OVERLONG, "newPassword", "lantern harbour quietly")
                .body()).contains("current password is not right");
    }

    @Test
    void theAccountPageNeedsASignedInMember() {
        HttpResponse<String> response = data.anonymous().get("/account");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/signin");
    }

    @Test
    void aMemberChangesNameConsentPasswordAndEmail() {
        String email = registeredAndConfirmed("Old Name");
        WebSession web = signedIn(email, PASSWORD);

        web.get("/account");
        assertThat(web.follow(web.post("/account/name", "displayName", "New Name")).body())
                .contains("New Name").contains("Your name is changed");

        assertThat(web.follow(web.post("/account/consent", "marketingConsent", "true")).body()).contains("account page");
        assertThat(web.follow(web.post("/account/consent")).body()).contains("Withdrawn on");

        assertThat(web.post("/account/password", "currentPassword", "not it at all", "newPassword", "lantern harbour quietly").body())
                .contains("current password is not right");
        web.follow(web.post("/account/password", "currentPassword", PASSWORD, "newPassword", "lantern harbour quietly"));
        inbox.await(email, "password at");

        String newEmail = unique("moved");
        assertThat(web.follow(web.post("/account/email", "newEmail", newEmail, "password", "lantern harbour quietly")).body())
                .contains("We sent a link to " + newEmail);
        inbox.await(email, "is being changed");
        String link = inbox.await(newEmail, "Confirm your new email").link("/confirm-email");
        web.get(link);
        String token = link.substring(link.indexOf("token=") + 6);
        assertThat(web.follow(web.post("/confirm-email", "token", token)).body())
                .contains("Your email address is changed").contains(newEmail);

        assertThat(data.anonymous().signIn(newEmail, "lantern harbour quietly").headers().firstValue("Location").orElseThrow())
                .doesNotContain("error");
    }

    @Test
    void aMemberDownloadsTheirDataThenDeletesTheAccountWhichIsPurgedAfterTheGracePeriod() {
        String email = registeredAndConfirmed("Leaving Reader");
        WebSession web = signedIn(email, PASSWORD);

        HttpResponse<String> export = web.get("/account/export");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        assertThat(export.body()).contains("\"email\":\"" + email + "\"").contains("Leaving Reader")
                .contains("VERIFY_EMAIL").contains("Confirm your email").doesNotContain("token_hash");

        web.get("/account/delete");
        assertThat(web.post("/account/delete", "password", "wrong").body()).contains("nothing was deleted");
        HttpResponse<String> deleted = web.post("/account/delete", "password", PASSWORD);
        assertThat(deleted.headers().firstValue("Location").orElseThrow()).contains("/signin?deleted");
        assertThat(web.get("/account").statusCode()).isEqualTo(302);
        inbox.await(email, "will be deleted");
        long id = accounts.principal(memberId(email)).orElseThrow().memberId();

        clock.advance(Duration.ofDays(8));
        accounts.purgeDeletedAccounts();

        assertThat(jdbc.sql("select count(*) from member where lower(email) = lower(:e)").param("e", email)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select display_name from member where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Deleted member");
        assertThat(data.anonymous().signIn(email, PASSWORD).headers().firstValue("Location").orElseThrow()).contains("error");
    }

    @Test
    void changingThePasswordSignsOutEveryOtherDevice() {
        String email = registeredAndConfirmed("Two Devices");
        WebSession phone = signedIn(email, PASSWORD);
        WebSession laptop = signedIn(email, PASSWORD);

        laptop.get("/account");
        var changed = laptop.post("/account/password", "currentPassword", PASSWORD, "newPassword", "brand new lantern harbour");
        assertThat(changed.statusCode()).isEqualTo(302);

        assertThat(laptop.get("/account").statusCode()).isEqualTo(200);
        var stolen = phone.get("/account");
        assertThat(stolen.statusCode()).isEqualTo(302);
        assertThat(stolen.headers().firstValue("Location").orElseThrow()).endsWith("/signin");
    }

    private long memberId(String email) {
        return jdbc.sql("select id from member where lower(email) = lower(:e)").param("e", email).query(Long.class).single();
    }

    private HttpResponse<String> register(WebSession web, String email, String name, boolean consent) {
        web.get("/register");
        HttpResponse<String> response = consent
                ? web.post("/register", "email", email, "displayName", name, "password", PASSWORD, "marketingConsent", "true")
                : web.post("/register", "email", email, "displayName", name, "password", PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response;
    }

    private String registeredAndConfirmed(String name) {
        String email = unique(name.toLowerCase().replace(' ', '-'));
        WebSession web = data.anonymous();
        register(web, email, name, false);
        String link = inbox.await(email, "Confirm your email").link("/verify-email");
        web.get(link);
        web.post("/verify-email", "token", link.substring(link.indexOf("token=") + 6));
        return email;
    }

    private WebSession signedIn(String email, String password) {
        WebSession web = data.anonymous();
        assertThat(web.signIn(email, password).headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return web;
    }

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.local";
    }

    private static String otherThan(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
