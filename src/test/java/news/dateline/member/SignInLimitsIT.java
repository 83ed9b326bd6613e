package news.dateline.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import news.dateline.support.Inbox;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Password guessing against one address, from one network and from many, with the limits of
 * application-test.properties: 5 attempts per address from one IP, 12 per address from all IPs. Each client poses
 * as an address of a documentation network no other test uses, by X-Forwarded-For (trusted from 127.0.0.1 there).
 */
@IntegrationTest
class SignInLimitsIT {

    @Autowired
    TestData data;

    static final String PASSWORD = TestData.PASSWORD;

    @Autowired
    Members members;
    @Autowired
    Inbox inbox;

    String email;

    @BeforeEach
    void createMember() {
        email = "guessed-" + UUID.randomUUID().toString().substring(0, 8) + "@test.local";
        members.create(new Members.NewMember(email, "Guessed At", PASSWORD, Set.of(Role.MEMBER)));
    }

    @Test
    void elevenWrongPasswordsFromOneNetworkDoNotLockTheOwnerOutElsewhere() {
        String attacker = network() + "1";
        WebSession guesser = data.anonymous();
        for (int i = 0; i < 11; i++) {
            HttpResponse<String> guess = signIn(guesser, "wrong guess number " + i, attacker);
            assertThat(guess.statusCode()).as("guess %d", i).isEqualTo(i < 5 ? 302 : 429);
        }
        WebSession owner = data.anonymous();
        HttpResponse<String> signedIn = signIn(owner, PASSWORD, network() + "2");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(owner.get("/account").body()).contains("Guessed At");
    }

    @Test
    void guessingFromManyNetworksThrottlesTheAddressAndOffersTheOwnerAnEmailedCode() {
        String net = network();
        for (int n = 1; n <= 3; n++) {
            WebSession guesser = data.anonymous();
            for (int i = 0; i < 5; i++) {
                signIn(guesser, "wrong guess " + n + "." + i, net + n);
            }
        }
        String home = network() + "1";
        WebSession owner = data.anonymous();
        HttpResponse<String> refused = signIn(owner, PASSWORD, home);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("Too many attempts").contains("action=\"/signin/code\"")
                .contains("value=\"" + email + "\"").contains("Email me a code");

        // the refusal page's own form (its CSRF token), as the owner's browser would post it
        owner.get("/signin", "X-Forwarded-For", home);
        HttpResponse<String> asked = owner.post("/signin/code", Map.of("email", email), "X-Forwarded-For", home);
        assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/signin/code");
        String code = inbox.await(email, "Your sign-in code").code();
        HttpResponse<String> signedIn = owner.post("/signin/code/verify", Map.of("email", email, "code", code),
                "X-Forwarded-For", home);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/account");
        assertThat(owner.get("/account").body()).contains("Guessed At");
    }

    private HttpResponse<String> signIn(WebSession web, String password, String ip) {
        web.get("/signin", "X-Forwarded-For", ip);
        return web.post("/signin", Map.of("username", email, "password", password), "X-Forwarded-For", ip);
    }

    /** A documentation IPv6 network of its own, to which a host number is added. */
    private static String network() {
        return "2001:db8:" + UUID.randomUUID().toString().substring(0, 4) + "::";
    }
}
