package news.dateline.access;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import news.dateline.database.SharedSecrets;
import news.dateline.database.Signer;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The anonymous visitor's identity for the meter: a random id and its HMAC-SHA256, {@code id.signature}, kept in a
 * first-party cookie. A cookie whose signature does not match (edited, forged, or signed with a rotated key) is
 * ignored: its bearer is a new visitor, with no more free reads than deleting the cookie would give.
 */
@Component
class VisitorCookie {

    static final Duration LIFETIME = Duration.ofDays(400);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final Signer signer;

    VisitorCookie(MeterProperties properties, SharedSecrets secrets) {
        this.signer = new Signer(() -> StringUtils.hasText(properties.secret()) ? properties.secret()
                : secrets.getOrCreate("meter-cookie"));
    }

    /** A new visitor id and the cookie value that carries it. */
    Issued issue() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String id = B64.encodeToString(bytes);
        return new Issued(id, id + "." + sign(id));
    }

    /** The visitor id in a cookie value, if its signature is right. */
    Optional<String> verify(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int dot = value.indexOf('.');
        if (dot <= 0 || dot != value.lastIndexOf('.')) {
            return Optional.empty();
        }
        String id = value.substring(0, dot);
        return signer.matches("visitor:" + id, value.substring(dot + 1)) ? Optional.of(id) : Optional.empty();
    }

    private String sign(String id) {
        return signer.sign("visitor:" + id);
    }

    record Issued(String visitorId, String cookieValue) {
    }
}
