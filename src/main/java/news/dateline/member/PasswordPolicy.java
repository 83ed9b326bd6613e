package news.dateline.member;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Feedback;
import me.gosimple.nbvcxz.scoring.Result;
import news.dateline.site.Words;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What a new password must be, the one check behind every form that sets one (registration, reset, change, staff
 * accounts) and the configured bootstrap admin password: at least {@code dateline.members.min-password-length}
 * characters, at most {@value #MAX_BYTES} bytes in UTF-8 (bcrypt reads no further, and Spring's encoder refuses
 * longer ones; see {@link PasswordConfiguration}), and hard enough to guess by nbvcxz's estimate (its default
 * minimum entropy, 35 bits), so {@code aaaaaaaaaaaa} or a famous phrase is refused with the estimator's advice.
 */
@Component
public class PasswordPolicy {

    public static final int MAX_BYTES = 72;

    // the estimate tries combinations of matches until this many milliseconds pass; 100 gives the same verdicts as
    // the default 500 on long repetitive passwords while costing a fifth of the CPU per request
    private static final long ESTIMATE_MILLIS = 100;

    private final int minLength;
    private final Words words;
    private final Nbvcxz estimator = new Nbvcxz(new ConfigurationBuilder().setLocale(Locale.ENGLISH)
            .setCombinationAlgorithmTimeout(ESTIMATE_MILLIS).createConfiguration());

    @Autowired
    PasswordPolicy(MemberProperties properties, Words words) {
        this(properties.minPasswordLength(), words);
    }

    /** The rule with this shortest length, outside Spring (form tests). */
    public static PasswordPolicy withMinLength(int minLength, Words words) {
        return new PasswordPolicy(minLength, words);
    }

    PasswordPolicy(int minLength, Words words) {
        this.minLength = minLength;
        this.words = words;
    }

    public int minLength() {
        return minLength;
    }

    /** Longer than any password may be: such a password is never set, so it never matches either. */
    public static boolean tooLong(CharSequence password) {
        return password != null && bytes(password) > MAX_BYTES;
    }

    /** What is wrong with the password, in plain words for the form, or null when it may be used. */
    public String problem(String password) {
        if (password == null || password.length() < minLength) {
            return words.get("password.error.too-short", minLength);
        }
        if (tooLong(password)) {
            return words.get("password.error.too-long", MAX_BYTES, bytes(password));
        }
        Result estimate = estimator.estimate(password);
        if (!estimate.isMinimumEntropyMet()) {
            // the estimator's advice is its own English (nbvcxz has no Hindi or Tamil)
            return words.get("password.error.too-easy", advice(estimate.getFeedback()));
        }
        return null;
    }

    private static String advice(Feedback feedback) {
        StringBuilder words = new StringBuilder();
        if (feedback.getWarning() != null) {
            words.append(feedback.getWarning()).append(' ');
        }
        feedback.getSuggestion().forEach(s -> words.append(s).append(' '));
        return words.toString().strip();
    }

    private static int bytes(CharSequence password) {
        return password.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
