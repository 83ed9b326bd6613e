package news.dateline.audience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import news.dateline.article.ArticleComments;
import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleSummary;
import news.dateline.newsletter.edition.SentEdition;
import news.dateline.newsletter.edition.SentEditions;
import news.dateline.site.NotFoundException;
import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Service;

/**
 * The newsroom's audience pages as tables: the overview (today against yesterday, the last half hour's top
 * stories with their comment counts, the conversion funnel and the stories it is attributed to, newsletter
 * engagement per edition) and one story's
 * page (views by hour, referrer classes, reader kinds, devices, its first view). Times in the site's zone.
 */
@Service
public class AudienceReports {

    static final Duration NOW_WINDOW = Duration.ofMinutes(30);
    static final Duration FUNNEL_WINDOW = Duration.ofDays(30);
    static final int TOP = 20;
    static final int HOURS = 48;
    /**
     * How long each node keeps the overview's slow-moving parts (the 30-day funnel, the stories credited with
     * registrations and subscriptions, newsletter engagement per edition) before working them out again: their sums
     * are the page's costliest, and a few minutes' delay tells an editor nothing different. Today's figures and the
     * top stories now are never kept.
     */
    public static final Duration SETTLED_FOR = Duration.ofMinutes(5);

    private final AudienceRepository repository;
    private final ArticleQueries articles;
    private final ArticleComments comments;
    private final SentEditions sentEditions;
    private final SiteProperties site;
    private final Clock clock;
    private final Object settling = new Object();
    private volatile Settled settled;

    AudienceReports(AudienceRepository repository, ArticleQueries articles, ArticleComments comments,
                    SentEditions sentEditions, SiteProperties site, Clock clock) {
        this.sentEditions = sentEditions;
        this.repository = repository;
        this.articles = articles;
        this.comments = comments;
        this.site = site;
        this.clock = clock;
    }

    /** The figures at the top of the overview. */
    public record Today(long views, long viewsYesterday, long visitors, String asOf) {
    }

    /** @param settledAsOf when the slow-moving tables were worked out (at most {@link #SETTLED_FOR} ago) */
    public record Overview(Today today, List<ReportTable> tables, String settledAsOf) {
    }

    private record Settled(Instant at, List<ReportTable> tables) {
    }

    public record ArticleReport(long articleId, String headline, String path, String firstView, HourChart chart,
                                List<ReportTable> tables) {
    }

    public Overview overview() {
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(site.zone());
        Instant today = local.toLocalDate().atStartOfDay(site.zone()).toInstant();
        Instant yesterday = local.toLocalDate().minusDays(1).atStartOfDay(site.zone()).toInstant();
        Today figures = new Today(repository.views(today, now),
                repository.views(yesterday, yesterday.plus(Duration.between(today, now))),
                repository.visitors(local.toLocalDate(), now), DateTimeFormatter.ofPattern("HH:mm").format(local));
        Settled slow = settled(now);
        List<ReportTable> tables = new ArrayList<>();
        tables.add(topNow(now));
        tables.addAll(slow.tables());
        return new Overview(figures, tables, DateTimeFormatter.ofPattern("HH:mm").format(slow.at().atZone(site.zone())));
    }

    /** The overview's slow-moving tables, as this node last worked them out unless that was too long ago. */
    private Settled settled(Instant now) {
        Settled kept = settled;
        if (kept != null && now.isBefore(kept.at().plus(SETTLED_FOR)) && !now.isBefore(kept.at())) {
            return kept;
        }
        synchronized (settling) { // one request works them out; the others waiting take its result
            kept = settled;
            if (kept == null || !now.isBefore(kept.at().plus(SETTLED_FOR)) || now.isBefore(kept.at())) {
                kept = new Settled(now, List.of(funnel(now),
                        attributedTable("registrations", "Stories that brought registrations", "registered", now),
                        attributedTable("subscriptions", "Stories that brought subscriptions", "subscribed", now),
                        editions()));
                settled = kept;
            }
            return kept;
        }
    }

    public ArticleReport article(long articleId) {
        ArticleSummary article = articles.publishedSummaries(List.of(articleId)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("article " + articleId));
        Instant now = clock.instant();
        Instant from = now.truncatedTo(ChronoUnit.HOURS).minus(HOURS - 1, ChronoUnit.HOURS);
        Map<String, Long> byHour = repository.articleHours(articleId, from).stream()
                .collect(Collectors.toMap(AudienceRepository.Count::key, AudienceRepository.Count::count));
        List<Long> counts = new ArrayList<>();
        List<List<String>> hourRows = new ArrayList<>();
        DateTimeFormatter key = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH").withZone(java.time.ZoneOffset.UTC);
        for (int i = 0; i < HOURS; i++) {
            Instant hour = from.plus(i, ChronoUnit.HOURS);
            long views = byHour.getOrDefault(key.format(hour), 0L);
            counts.add(views);
            hourRows.add(List.of(local(hour), Long.toString(views)));
        }
        HourChart chart = HourChart.of(counts, local(from), local(from.plus(HOURS - 1, ChronoUnit.HOURS)));
        Map<String, List<AudienceRepository.Count>> by = repository.articleByDimensions(articleId);
        List<ReportTable> tables = List.of(
                new ReportTable("hours", "Views by hour, last " + HOURS + " hours", List.of("Hour", "Views"),
                        hourRows, null),
                counts("referrers", "Where readers came from", "Referrer", by.get("referrer_class")),
                counts("kinds", "Who read it", "Reader", by.get("reader_kind")),
                counts("devices", "On what", "Device", by.get("device")));
        Optional<Instant> first = repository.firstView(articleId);
        return new ArticleReport(articleId, article.headline(), article.path(),
                first.map(this::local).orElse("not viewed yet"), chart, tables);
    }

    /** A table of the overview or of a story's page, by name, for its CSV. */
    public ReportTable table(Long articleId, String name) {
        List<ReportTable> tables = articleId == null ? overview().tables() : article(articleId).tables();
        return tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("audience table " + name));
    }

    private ReportTable topNow(Instant now) {
        List<AudienceRepository.Count> top = repository.topArticles(now.minus(NOW_WINDOW), TOP);
        List<Long> ids = top.stream().map(c -> Long.parseLong(c.key())).toList();
        Map<Long, ArticleSummary> found = summaries(ids);
        Map<Long, Integer> commentCounts = ids.isEmpty() ? Map.of() : comments.counts(ids);
        List<List<String>> rows = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            rows.add(List.of(headline(found, id), found.containsKey(id) ? found.get(id).sectionName() : "", Long.toString(top.get(i).count()),
                    Integer.toString(commentCounts.getOrDefault(id, 0))));
            links.add("/admin/audience/articles/" + id);
        }
        return new ReportTable("now", "Top stories in the last 30 minutes",
                List.of("Story", "Section", "Views", "Comments"), rows, links);
    }

    /** Newsletter engagement per edition: the newsletter's figures beside the opens and clicks counted here. */
    private ReportTable editions() {
        List<SentEdition> sent = sentEditions.latest(TOP);
        Map<Long, AudienceRepository.Engagement> counted = repository.engagement(
                sent.stream().map(SentEdition::editionId).toList());
        List<List<String>> rows = new ArrayList<>();
        for (SentEdition e : sent) {
            AudienceRepository.Engagement n = counted.getOrDefault(e.editionId(),
                    new AudienceRepository.Engagement(e.editionId(), 0, 0, 0));
            rows.add(List.of(e.subject(), e.newsletter(), local(e.queuedAt()), Long.toString(e.delivered()),
                    Long.toString(n.uniqueOpens()), Long.toString(n.opens()), Long.toString(n.clicks()),
                    Long.toString(e.unsubscribed()), Long.toString(e.bounces()), Long.toString(e.complaints())));
        }
        return new ReportTable("editions", "Newsletter engagement by edition, latest " + TOP,
                List.of("Edition", "Newsletter", "Sent", "Delivered", "Opened", "Opens", "Clicks",
                        "Unsubscribed within " + SentEditions.UNSUBSCRIBE_WINDOW.toDays() + " days", "Bounces",
                        "Complaints"), rows, null,
                "Opened counts copies whose tracking image was loaded (Opens: every loading). Mail clients pre-load "
                        + "images (Apple Mail Privacy Protection loads them for every copy it receives), so opens "
                        + "are an upper bound. Opens and clicks are counted only for readers who allowed it in their "
                        + "newsletter preferences; Delivered counts every copy sent. An unsubscribe, by any link, is "
                        + "credited to each edition the reader received in the "
                        + SentEditions.UNSUBSCRIBE_WINDOW.toDays() + " days before it.");
    }

    private ReportTable funnel(Instant now) {
        Instant since = now.minus(FUNNEL_WINDOW);
        Map<String, Long> wall = repository.wall(since);
        return new ReportTable("funnel", "Conversion funnel, last 30 days", List.of("Step", "Count"), List.of(
                List.of("Visitors who met the wall (visitor-days)", Long.toString(wall.get("visitors"))),
                List.of("Wall views (including readers with GPC/DNT)", Long.toString(wall.get("views"))),
                List.of("Registered", Long.toString(repository.conversions("registered", since))),
                List.of("Subscribed", Long.toString(repository.conversions("subscribed", since)))), null);
    }

    private ReportTable attributedTable(String name, String title, String kind, Instant now) {
        List<AudienceRepository.Count> top = repository.attributed(kind, now.minus(FUNNEL_WINDOW), TOP);
        Map<Long, ArticleSummary> found = summaries(top.stream().map(c -> Long.parseLong(c.key())).toList());
        List<List<String>> rows = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (AudienceRepository.Count c : top) {
            long id = Long.parseLong(c.key());
            rows.add(List.of(headline(found, id), Long.toString(c.count())));
            links.add("/admin/audience/articles/" + id);
        }
        return new ReportTable(name, title + ", last 30 days", List.of("Story", "Members"), rows, links);
    }

    private static ReportTable counts(String name, String title, String heading, List<AudienceRepository.Count> counts) {
        return new ReportTable(name, title, List.of(heading, "Views"),
                counts.stream().map(c -> List.of(c.key(), Long.toString(c.count()))).toList(), null);
    }

    private Map<Long, ArticleSummary> summaries(List<Long> ids) {
        return ids.isEmpty() ? Map.of() : articles.publishedSummaries(ids).stream()
                .collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
    }

    private static String headline(Map<Long, ArticleSummary> found, long id) {
        ArticleSummary summary = found.get(id);
        return summary == null ? "article " + id + " (unpublished)" : summary.headline();
    }

    private String local(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(instant.atZone(site.zone()))
                + " " + site.zoneLabel();
    }
}
