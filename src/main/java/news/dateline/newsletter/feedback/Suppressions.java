package news.dateline.newsletter.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The suppression list for the newsroom: search it, see why and since when an address gets no newsletter, and lift
 * a suppression with a note (kept with who lifted it). Also each address's reports and each edition's rates.
 */
@Service
public class Suppressions {

    public static final Set<String> KINDS = Set.of("REFUSED", "HARD_BOUNCE", "SOFT_BOUNCES", "COMPLAINT");

    public record Suppression(String address, String kind, String reason, Instant createdAt) {
    }

    public record Lift(String kind, String reason, Instant suppressedAt, Instant liftedAt, String liftedBy,
                       String note) {
    }

    /** Everything about one address's mail: whether it is suppressed, its reports, the suppressions lifted. */
    public record History(String address, Optional<Suppression> suppression, List<FeedbackEvent> reports,
                          List<Lift> lifts) {
    }

    private final SuppressionRepository suppressions;
    private final FeedbackRepository feedback;
    private final FeedbackProperties properties;
    private final Clock clock;

    Suppressions(SuppressionRepository suppressions, FeedbackRepository feedback, FeedbackProperties properties,
                 Clock clock) {
        this.suppressions = suppressions;
        this.feedback = feedback;
        this.properties = properties;
        this.clock = clock;
    }

    /** Suppressions whose address contains {@code query} (any when blank), of {@code kind} (any when null). */
    public List<Suppression> search(String query, String kind, int limit) {
        if (kind != null && !KINDS.contains(kind)) {
            throw new InvalidLiftException("Unknown suppression reason " + kind + "; one of " + KINDS);
        }
        String like = "%" + (query == null ? "" : query.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return suppressions.search(like, kind, limit);
    }

    /** Lifts the address's suppression; the note (why) is required. False when it was not suppressed. */
    @Transactional
    public boolean lift(String address, String liftedBy, String note) {
        if (note == null || note.isBlank()) {
            throw new InvalidLiftException("Say why the suppression is lifted (the note is kept with it).");
        }
        if (note.length() > 1000) {
            throw new InvalidLiftException("The note is longer than 1,000 characters.");
        }
        return suppressions.lift(normal(address), clock.instant(), liftedBy, note.strip());
    }

    public History history(String address) {
        String a = normal(address);
        return new History(a, suppressions.of(a), feedback.eventsOf(a), suppressions.liftsOf(a));
    }

    /** The edition's bounces and complaints beside the copies sent. */
    public EditionFeedback ofEdition(long editionId, long sent) {
        long[] counts = feedback.counts(editionId);
        return new EditionFeedback(sent, counts[0], counts[1], properties.complaintRateWarning());
    }

    private static String normal(String address) {
        return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    }
}
