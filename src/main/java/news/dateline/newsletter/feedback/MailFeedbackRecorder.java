package news.dateline.newsletter.feedback;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import news.dateline.member.Members;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies what providers report, each report once: the report is stored first under its provider's unique id, and
 * only a report stored now (not a repeat) acts. A hard bounce or a complaint suppresses the address for every
 * newsletter at once; a complaint also withdraws the member's marketing consent; a soft bounce suppresses once the
 * address had {@code softBouncesToSuppress} within {@code softBounceWindow}. Two nodes receiving the same report at
 * once are kept apart by the unique key: one insert wins, the other finds a repeat.
 */
@Service
public class MailFeedbackRecorder {

    private static final Logger log = LoggerFactory.getLogger(MailFeedbackRecorder.class);

    public enum Outcome { RECORDED, DUPLICATE }

    private final FeedbackRepository feedback;
    private final Members members;
    private final FeedbackProperties properties;
    private final Clock clock;
    private final Map<FeedbackKind, Counter> reported = new EnumMap<>(FeedbackKind.class);

    MailFeedbackRecorder(FeedbackRepository feedback, Members members, FeedbackProperties properties,
                         Clock clock, MeterRegistry metrics) {
        for (FeedbackKind kind : FeedbackKind.values()) {
            reported.put(kind, Counter.builder("dateline.newsletter.feedback")
                    .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                    .description("Bounces and complaints providers reported (each report once)").register(metrics));
        }
        this.feedback = feedback;
        this.members = members;
        this.properties = properties;
        this.clock = clock;
    }

    /** Records every report of one webhook delivery; how many were new. */
    @Transactional
    public int recordAll(List<MailFeedback> reports) {
        int recorded = 0;
        for (MailFeedback report : reports) {
            if (record(report) == Outcome.RECORDED) {
                recorded++;
            }
        }
        return recorded;
    }

    @Transactional
    public Outcome record(MailFeedback report) {
        var copy = report.deliveryId() == null ? null : feedback.copy(report.deliveryId(), report.address()).orElse(null);
        if (feedback.insert(report, copy, clock.instant()).isEmpty()) {
            return Outcome.DUPLICATE;
        }
        reported.get(report.kind()).increment();
        String reason = report.provider() + ": " + (report.detail().isBlank() ? report.kind().name() : report.detail());
        switch (report.kind()) {
            case HARD_BOUNCE -> suppress(report, "HARD_BOUNCE", reason);
            case COMPLAINT -> {
                suppress(report, "COMPLAINT", reason);
                feedback.memberOf(report.address()).ifPresent(member ->
                        members.setMarketingConsent(member, false, "spam complaint reported by " + report.provider()));
            }
            case SOFT_BOUNCE -> {
                int recent = feedback.softBouncesSince(report.address(),
                        report.occurredAt().minus(properties.softBounceWindow()));
                if (recent >= properties.softBouncesToSuppress()) {
                    suppress(report, "SOFT_BOUNCES", recent + " soft bounces within "
                            + properties.softBounceWindow().toDays() + " days; last " + reason);
                }
            }
        }
        return Outcome.RECORDED;
    }

    private void suppress(MailFeedback report, String kind, String reason) {
        if (feedback.suppress(report.address(), kind, reason, clock.instant())) {
            log.info("Newsletters suppressed for {} ({}): {}", report.address(), kind, reason);
        }
    }
}
