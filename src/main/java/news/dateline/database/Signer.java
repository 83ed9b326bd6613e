package news.dateline.database;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * HMAC-SHA256 signatures in URL-safe Base64, for values the application hands out and must recognise when they come
 * back unchanged (the meter cookie, newsletter links). The key is fetched once, on first use (typically from
 * {@link SharedSecrets}, so every node signs alike).
 */
public final class Signer {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final Supplier<String> secret;
    private volatile Hmac hmac; // made on first use: the secret may live in the database

    public Signer(Supplier<String> secret) {
        this.secret = secret;
    }

    public String sign(String message) {
        return B64.encodeToString(hmac().of(message.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether the signature is this message's, compared in constant time. */
    public boolean matches(String message, String signature) {
        return signature != null && MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
                sign(message).getBytes(StandardCharsets.US_ASCII));
    }

    private Hmac hmac() {
        Hmac h = hmac;
        if (h == null) {
            h = new Hmac(secret.get().getBytes(StandardCharsets.UTF_8));
            hmac = h;
        }
        return h;
    }
}
