package news.dateline.newsroom;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import news.dateline.article.ArticleFilter;
import news.dateline.article.ArticleQueries;
import news.dateline.article.DateLineFormat;
import news.dateline.article.NewsroomScope;
import news.dateline.article.ReviewState;
import news.dateline.article.SearchHit;
import news.dateline.article.SearchQuery;
import news.dateline.article.SearchResults;
import news.dateline.article.SearchSort;
import news.dateline.comment.moderation.Moderation;
import news.dateline.comment.moderation.Queue;
import news.dateline.mail.MailOutbox;
import news.dateline.mail.MailStatus;
import news.dateline.newsletter.Newsletter;
import news.dateline.newsletter.Newsletters;
import news.dateline.newsletter.edition.Edition;
import news.dateline.newsletter.edition.Editions;
import news.dateline.newsletter.edition.Progress;
import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Service;

/** Gathers the newsroom's home page from each feature's public classes. Read-only. */
@Service
public class NewsroomHome {

    private static final int BOX = 8;

    private final ArticleQueries articles;
    private final Moderation moderation;
    private final Newsletters newsletters;
    private final Editions editions;
    private final MailOutbox mail;
    private final DateLineFormat format;
    private final ZoneId zone;
    private final Clock clock;

    NewsroomHome(ArticleQueries articles, Moderation moderation, Newsletters newsletters, Editions editions,
                 MailOutbox mail, SiteProperties site, Clock clock) {
        this.articles = articles;
        this.moderation = moderation;
        this.newsletters = newsletters;
        this.editions = editions;
        this.mail = mail;
        this.format = new DateLineFormat(site.zone(), site.zoneLabel());
        this.zone = site.zone();
        this.clock = clock;
    }

    public Dashboard dashboard() {
        return dashboard(null);
    }

    /** The home with "waiting for review" narrowed to articles on these desks (null: every article). */
    public Dashboard dashboard(List<Long> desks) {
        SearchResults waiting = articles.search(new SearchQuery("", true, null, null, null, null, null, null,
                SearchSort.NEWEST, 1, BOX, new NewsroomScope(null, null, ReviewState.SUBMITTED, desks)));
        List<Dashboard.Line> review = waiting.hits().stream().map(SearchHit::article)
                .map(a -> new Dashboard.Line(a.headline(), "saved " + format.dateTime(a.modifiedAt()),
                        "/admin/articles/" + a.id())).toList();
        // the newsroom's day is the site's (IST), not the clock's zone
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        List<Dashboard.Line> scheduled = articles.scheduledBetween(today.atStartOfDay(zone).toInstant(),
                        today.plusDays(1).atStartOfDay(zone).toInstant()).stream()
                .map(a -> new Dashboard.Line(a.headline(), "at " + format.time(a.scheduledAt()),
                        "/admin/articles/" + a.id())).toList();
        List<Dashboard.Line> published = articles.list(ArticleFilter.published(1, BOX)).items().stream()
                .map(a -> new Dashboard.Line(a.headline(), format.dateTime(a.publishedAt()),
                        "/admin/articles/" + a.id())).toList();
        Map<Queue, Integer> comments = moderation.counts();
        return new Dashboard(countWaiting(waiting, review), review, scheduled, published,
                comments.getOrDefault(Queue.PENDING, 0), comments.getOrDefault(Queue.REPORTED, 0), sends(),
                mail.count(MailStatus.FAILED));
    }

    private static int countWaiting(SearchResults waiting, List<Dashboard.Line> shown) {
        return waiting.hasNext() ? shown.size() + 1 : shown.size();
    }

    /** Editions scheduled, being queued, or queued with copies still to deliver. */
    private List<Dashboard.Line> sends() {
        List<Dashboard.Line> lines = new ArrayList<>();
        for (Newsletter newsletter : newsletters.all()) {
            for (Edition edition : editions.of(newsletter.id())) {
                String url = "/admin/newsletters/" + newsletter.id() + "/editions/" + edition.id();
                switch (edition.status()) {
                    case "SCHEDULED" -> lines.add(new Dashboard.Line(newsletter.name() + ": " + edition.subject(),
                            "scheduled for " + format.dateTime(edition.sendAt()), url));
                    case "QUEUEING", "QUEUED" -> {
                        Progress progress = editions.progress(edition.id());
                        if (!edition.status().equals("QUEUED") || !progress.finished()) {
                            lines.add(new Dashboard.Line(newsletter.name() + ": " + edition.subject(),
                                    progress.sent() + " of " + progress.queued() + " sent", url));
                        }
                    }
                    default -> { }
                }
            }
        }
        return lines;
    }

}
