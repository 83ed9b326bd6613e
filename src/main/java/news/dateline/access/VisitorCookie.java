package news.dateline.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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

    private final MeterProperties properties;
    private final AccessSecrets secrets;
    private volatile SecretKeySpec key;

    VisitorCookie(MeterProperties properties, AccessSecrets secrets) {
        this.properties = properties;
        this.secrets = secrets;
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
        byte[] given = value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = sign(id).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, expected) ? Optional.of(id) : Optional.empty();
    }

    private String sign(String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return B64.encodeToString(mac.doFinal(("visitor:" + id).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec k = key;
        if (k == null) {
            String secret = StringUtils.hasText(properties.secret()) ? properties.secret()
                    : secrets.getOrCreate("meter-cookie");
            k = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
            key = k;
        }
        return k;
    }

    record Issued(String visitorId, String cookieValue) {
    }
}
