package news.dateline.audience;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;


import news.dateline.database.Hmac;
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

    private record DaySalt(LocalDate day, Hmac key) {
    }

    VisitorHashes(SaltRepository salts, SiteProperties site, Clock clock) {
        this.salts = salts;
        this.site = site;
        this.clock = clock;
    }

    /** 16 bytes: enough to tell a day's visitors apart, short to store. */
    byte[] hash(String address, String userAgent) {
        byte[] mac = salt().key().of(String.valueOf(address).getBytes(StandardCharsets.UTF_8), new byte[] {0},
                String.valueOf(userAgent).getBytes(StandardCharsets.UTF_8));
        return Arrays.copyOf(mac, 16);
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
                    salt = new DaySalt(today, new Hmac(salts.saltOf(today, fresh)));
                    current = salt;
                }
            }
        }
        return salt;
    }
}
