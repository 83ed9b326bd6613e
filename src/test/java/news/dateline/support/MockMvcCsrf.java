package news.dateline.support;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A CSRF token for MockMvc requests, sent as a browser without a session sends it: the token in the site's
 * {@code XSRF-TOKEN} cookie and, masked as the site's forms mask it, in the {@code _csrf} field. Use it instead of
 * spring-security-test's {@code csrf()}, which swaps the application's token store for a session-based one in the
 * shared context for good, so every later test in the JVM would see sessions started for anonymous readers.
 */
public final class MockMvcCsrf {

    private static final SecureRandom RANDOM = new SecureRandom();

    private MockMvcCsrf() {
    }

    public static RequestPostProcessor csrf() {
        return request -> {
            String token = UUID.randomUUID().toString();
            Cookie[] cookies = request.getCookies() == null ? new Cookie[0] : request.getCookies();
            request.setCookies(Stream.concat(Arrays.stream(cookies), Stream.of(new Cookie("XSRF-TOKEN", token)))
                    .toArray(Cookie[]::new));
            request.setParameter("_csrf", masked(token));
            return request;
        };
    }

    /** As Spring Security's XorCsrfTokenRequestAttributeHandler writes a token into a form: random bytes, then XOR. */
    private static String masked(String token) {
        byte[] plain = token.getBytes(StandardCharsets.UTF_8);
        byte[] combined = new byte[plain.length * 2];
        byte[] random = new byte[plain.length];
        RANDOM.nextBytes(random);
        System.arraycopy(random, 0, combined, 0, random.length);
        for (int i = 0; i < plain.length; i++) {
            combined[plain.length + i] = (byte) (random[i] ^ plain[i]);
        }
        return Base64.getUrlEncoder().encodeToString(combined);
    }
}
