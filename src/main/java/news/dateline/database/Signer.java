package news.dateline.database;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signatures in URL-safe Base64, for values the application hands out and must recognise when they come
 * back unchanged (the meter cookie, newsletter links). The key is fetched once, on first use (typically from
 * {@link SharedSecrets}, so every node signs alike).
 */
public final class Signer {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final Supplier<String> secret;
    // initialised once and only ever cloned: a fresh Mac per signature costs a provider look-up and a key schedule
    private volatile Mac prototype;

    public Signer(Supplier<String> secret) {
        this.secret = secret;
    }

    public String sign(String message) {
        return B64.encodeToString(mac().doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether the signature is this message's, compared in constant time. */
    public boolean matches(String message, String signature) {
        return signature != null && MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
                sign(message).getBytes(StandardCharsets.US_ASCII));
    }

    private Mac mac() {
        try {
            Mac p = prototype;
            if (p == null) {
                p = Mac.getInstance("HmacSHA256");
                p.init(new SecretKeySpec(secret.get().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                prototype = p;
            }
            return (Mac) p.clone();
        } catch (GeneralSecurityException | CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
