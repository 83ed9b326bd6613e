package news.dateline.audience;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Component;

/**
 * The day's visitor hash: HMAC-SHA256 of the reader's address and user agent under a salt that every node shares
 * for one day (in the site's zone) and that is deleted the next ({@link SaltRepository}). Unique visitors can be
 * counted within a day; once the salt is gone no one, the newsroom included, can tell whose hash it was.
 */
@Component
class VisitorHashes {

    private final SaltRepository salts;
    private final SiteProperties site;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private volatile DaySalt current;

    private record DaySalt(LocalDate day, SecretKeySpec key) {
    }

    VisitorHashes(SaltRepository salts, SiteProperties site, Clock clock) {
        this.salts = salts;
        this.site = site;
        this.clock = clock;
    }

    /** 16 bytes: enough to tell a day's visitors apart, short to store. */
    byte[] hash(String address, String userAgent) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(salt().key());
            mac.update(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Arrays.copyOf(mac.doFinal(String.valueOf(userAgent).getBytes(StandardCharsets.UTF_8)), 16);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", impossible);
        }
    }

    private DaySalt salt() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), site.zone());
        DaySalt salt = current;
        if (salt == null || !salt.day().equals(today)) {
            synchronized (this) {
                salt = current;
                if (salt == null || !salt.day().equals(today)) {
                    byte[] fresh = new byte[32];
                    random.nextBytes(fresh);
                    // the first node to ask today stores its salt; the others read that one
                    salt = new DaySalt(today, new SecretKeySpec(salts.saltOf(today, fresh), "HmacSHA256"));
                    current = salt;
                }
            }
        }
        return salt;
    }
}
