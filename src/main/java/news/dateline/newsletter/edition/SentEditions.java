package news.dateline.newsletter.edition;

import java.time.Duration;
import java.util.List;

import news.dateline.newsletter.feedback.EditionFeedback;
import news.dateline.newsletter.feedback.Suppressions;
import org.springframework.stereotype.Service;

/**
 * The port through which the audience pages read editions' reach ({@link SentEdition}) without reading the
 * newsletter's tables. An unsubscribe is not tied to the link it came from, so an edition is credited with its
 * recipients' unsubscribes in the seven days after it was sent (two editions within a week may share one).
 */
@Service
public class SentEditions {

    public static final Duration UNSUBSCRIBE_WINDOW = Duration.ofDays(7);

    private final SentEditionRepository repository;
    private final Suppressions suppressions;

    SentEditions(SentEditionRepository repository, Suppressions suppressions) {
        this.repository = repository;
        this.suppressions = suppressions;
    }

    /** The latest sent editions, newest first. */
    public List<SentEdition> latest(int limit) {
        return repository.latest(limit, UNSUBSCRIBE_WINDOW).stream().map(e -> {
            EditionFeedback feedback = suppressions.ofEdition(e.editionId(), e.delivered());
            return new SentEdition(e.editionId(), e.newsletter(), e.subject(), e.queuedAt(), e.delivered(),
                    feedback.bounces(), feedback.complaints(), e.unsubscribed());
        }).toList();
    }
}
