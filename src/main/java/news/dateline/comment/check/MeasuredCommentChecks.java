package news.dateline.comment.check;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The site's {@link CommentChecks} with their cost and outcome counted: how long a check takes (the community promise
 * is a check of a few milliseconds), what each comment was decided, and which rules held or rejected it. The
 * {@code moderate} command and the word-list evaluation use the pipeline directly, so trial runs are not counted.
 */
@Primary
@Component
class MeasuredCommentChecks implements CommentChecks {

    private final CommentChecks checks;
    private final Map<Decision, Timer> timers = new EnumMap<>(Decision.class);
    private final Map<Rule, Map<Decision, Counter>> reasons = new EnumMap<>(Rule.class);

    MeasuredCommentChecks(GuidelinePipeline checks, MeterRegistry metrics) {
        this.checks = checks;
        for (Decision decision : Decision.values()) {
            timers.put(decision, Timer.builder("dateline.comment.checks").tag("decision", name(decision))
                    .description("Guideline checks of new and edited comments, by the comment's decision")
                    .publishPercentiles(0.5, 0.99).register(metrics));
        }
        for (Rule rule : Rule.values()) {
            Map<Decision, Counter> byDecision = new EnumMap<>(Decision.class);
            for (Decision decision : Decision.values()) {
                if (decision != Decision.PUBLISH) {
                    byDecision.put(decision, Counter.builder("dateline.comment.checks.reasons")
                            .tag("rule", name(rule)).tag("decision", name(decision))
                            .description("Comments a rule held or rejected").register(metrics));
                }
            }
            reasons.put(rule, byDecision);
        }
    }

    @Override
    public CheckResult check(String text) {
        long start = System.nanoTime();
        CheckResult result = checks.check(text);
        timers.get(result.decision()).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        for (Verdict verdict : result.verdicts()) {
            Counter counter = reasons.get(verdict.rule()).get(verdict.decision());
            if (counter != null) {
                counter.increment();
            }
        }
        return result;
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
