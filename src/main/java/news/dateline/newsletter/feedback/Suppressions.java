package news.dateline.newsletter.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final FeedbackRepository feedback;
    private final FeedbackProperties properties;
    private final Clock clock;

    Suppressions(JdbcClient jdbc, FeedbackRepository feedback, FeedbackProperties properties, Clock clock) {
        this.jdbc = jdbc;
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
        return jdbc.sql("""
                        select address, kind, reason, created_at from newsletter_suppression
                        where address like :q and (cast(:kind as text) is null or kind = :kind)
                        order by created_at desc, address limit :limit""")
                .param("q", like).param("kind", kind).param("limit", limit)
                .query((rs, row) -> new Suppression(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
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
        return jdbc.sql("""
                        with lifted as (delete from newsletter_suppression where address = :a returning *)
                        insert into newsletter_suppression_lift (address, kind, reason, suppressed_at, lifted_at,
                                                                 lifted_by, note)
                        select address, kind, reason, created_at, :now, :by, :note from lifted""")
                .param("a", normal(address)).param("now", Timestamp.from(clock.instant())).param("by", liftedBy)
                .param("note", note.strip()).update() == 1;
    }

    public History history(String address) {
        String a = normal(address);
        Optional<Suppression> suppression = jdbc.sql(
                        "select address, kind, reason, created_at from newsletter_suppression where address = :a")
                .param("a", a).query((rs, row) -> new Suppression(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant())).optional();
        List<Lift> lifts = jdbc.sql("""
                        select kind, reason, suppressed_at, lifted_at, lifted_by, note from newsletter_suppression_lift
                        where address = :a order by lifted_at desc""")
                .param("a", a).query((rs, row) -> new Lift(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(), rs.getString(5),
                        rs.getString(6))).list();
        return new History(a, suppression, feedback.eventsOf(a), lifts);
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
