package news.dateline.audience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import news.dateline.article.MostReadLists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The last day's most-read lists, site-wide and per section, held in this node's memory and read afresh every
 * {@code dateline.audience.most-read-refresh} from the hourly rollups plus the minute counts since the last rolled hour.
 * A list a minute old is what every reader of the minute sees anyway; pages never wait for the database for it.
 */
@Component
class MostReadCache implements MostReadLists {

    private static final Logger log = LoggerFactory.getLogger(MostReadCache.class);
    private static final String SITE = "";
    static final Duration WINDOW = Duration.ofHours(24);

    private final MostReadRepository repository;
    private final AudienceProperties properties;
    private final Clock clock;
    private volatile Map<String, MostRead> lists = Map.of();

    MostReadCache(MostReadRepository repository, AudienceProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public MostRead mostRead(String sectionSlug) {
        return lists.getOrDefault(sectionSlug == null ? SITE : sectionSlug, MostRead.NONE);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${dateline.audience.most-read-refresh:PT1M}",
            initialDelayString = "${dateline.audience.most-read-refresh:PT1M}")
    void refresh() {
        try {
            Instant now = clock.instant();
            Instant since = now.truncatedTo(ChronoUnit.HOURS).minus(WINDOW);
            List<MostReadRepository.Ranked> ranked = repository.ranked(since, now, properties.mostReadSize());
            Map<String, List<Long>> ids = new HashMap<>();
            for (MostReadRepository.Ranked r : ranked) {
                if (r.siteRank() <= properties.mostReadSize()) {
                    ids.computeIfAbsent(SITE, s -> new ArrayList<>()).add(r.articleId());
                }
                if (r.sectionRank() <= properties.mostReadSize()) {
                    ids.computeIfAbsent(r.sectionSlug(), s -> new ArrayList<>()).add(r.articleId());
                }
            }
            Map<String, MostRead> fresh = new HashMap<>();
            ids.forEach((section, list) -> fresh.put(section, MostRead.of(list)));
            lists = Map.copyOf(fresh);
        } catch (RuntimeException failed) {
            // keep showing the last lists; the next refresh tries again
            log.warn("Most-read lists not refreshed: {}", failed.toString());
        }
    }
}
