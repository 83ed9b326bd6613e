package news.dateline.database;

import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under one key, for code that signs on every request. A {@code Mac} made per signature costs a provider
 * look-up and a key schedule; this keeps one initialised and gives each call a clone, which is safe across threads
 * because the kept one is never updated.
 */
public final class Hmac {

    private final Mac prototype;

    public Hmac(byte[] key) {
        try {
            prototype = Mac.getInstance("HmacSHA256");
            prototype.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The MAC of {@code parts}, fed in order. */
    public byte[] of(byte[]... parts) {
        try {
            Mac mac = (Mac) prototype.clone();
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's HmacSHA256 can be cloned", e);
        }
    }
}
