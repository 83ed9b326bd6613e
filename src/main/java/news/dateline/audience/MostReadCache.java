package news.dateline.audience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import news.dateline.article.MostReadLists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The last day's most-read lists, site-wide and per section, held in this node's memory and worked out afresh every
 * {@code dateline.audience.most-read-refresh}. A list a minute old is what every reader of the minute sees anyway;
 * pages never wait for the database for it.
 * <p>
 * The rolled-up hours of the window are kept here too, as each article's views per hour: a refresh reads only the
 * hours rolled up since the last one and that last hour again (the rollup counts it again for minutes added late),
 * plus the minutes not rolled up yet, instead of grouping the whole day's hour rows each time (647 ms at 10 million
 * views, bench/RESULTS.md, "Audience analytics, eighth round"). Rolled-up hours are never rewritten before the last
 * one, so nothing is missed; the whole window is read when the node starts, after a failed refresh, and if the
 * rolled-up hours ever end earlier than they did.
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
    // each rolled-up hour of the window read so far, and where the rolled-up hours ended then (guarded by this)
    private final NavigableMap<Instant, List<MostReadRepository.ArticleViews>> hours = new TreeMap<>();
    private Instant hoursUntil;

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
    synchronized void refresh() {
        try {
            Instant now = clock.instant();
            Instant since = now.truncatedTo(ChronoUnit.HOURS).minus(WINDOW);
            Instant until = repository.rolledUntil().orElse(since);
            Instant rolled = until.isAfter(since) ? until : since;
            Instant readFrom = hoursUntil == null || until.isBefore(hoursUntil) ? since
                    : latest(since, hoursUntil.minus(1, ChronoUnit.HOURS));
            hours.headMap(since).clear();
            hours.tailMap(readFrom, true).clear();
            if (readFrom.isBefore(rolled)) {
                repository.hours(readFrom, rolled)
                        .forEach(v -> hours.computeIfAbsent(v.hour(), h -> new ArrayList<>()).add(v));
            }
            hoursUntil = until;
            lists = rank(Stream.concat(hours.values().stream().flatMap(List::stream),
                    repository.minutes(rolled, now).stream()));
        } catch (RuntimeException failed) {
            // keep showing the last lists; the next refresh reads the whole window again
            hours.clear();
            hoursUntil = null;
            log.warn("Most-read lists not refreshed: {}", failed.toString());
        }
    }

    /** The top of the site and of each section: most views first, the newer article (higher id) first on a tie. */
    private Map<String, MostRead> rank(Stream<MostReadRepository.ArticleViews> counted) {
        Map<Long, Long> views = new HashMap<>();
        Map<Long, String> sections = new HashMap<>();
        counted.forEach(v -> {
            views.merge(v.articleId(), v.views(), Long::sum);
            // an article moved between sections within the day is listed in one: the greater slug, as before
            sections.merge(v.articleId(), v.sectionSlug(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        });
        Comparator<Long> order = Comparator.<Long>comparingLong(views::get).reversed()
                .thenComparing(Comparator.reverseOrder());
        int size = properties.mostReadSize();
        Map<String, List<Long>> ids = new HashMap<>();
        views.keySet().stream().sorted(order).forEach(id -> {
            List<Long> site = ids.computeIfAbsent(SITE, s -> new ArrayList<>());
            if (site.size() < size) {
                site.add(id);
            }
            String section = sections.get(id);
            if (!section.isEmpty()) {
                List<Long> inSection = ids.computeIfAbsent(section, s -> new ArrayList<>());
                if (inSection.size() < size) {
                    inSection.add(id);
                }
            }
        });
        Map<String, MostRead> fresh = new HashMap<>();
        ids.forEach((section, list) -> fresh.put(section, MostRead.of(list)));
        return Map.copyOf(fresh);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
