package news.dateline.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import news.dateline.article.AccessLevel;
import news.dateline.article.ArticleDraft;
import news.dateline.article.ArticleFilter;
import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleService;
import news.dateline.article.Section;
import news.dateline.article.SectionDirectory;
import news.dateline.article.Slugs;
import news.dateline.article.correction.CorrectionKind;
import news.dateline.article.correction.Corrections;
import news.dateline.database.NoDatabaseConfigured;
import news.dateline.ingest.ArticleImporter;
import news.dateline.media.Photo;
import news.dateline.media.PhotoLibrary;
import news.dateline.media.PhotoUpload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with a small newspaper on first start: sections, a few dozen articles with photos,
 * a correction on one of them, and the seed article imported from the scraped page in {@code demo/}. On when {@code dateline.demo.enabled}
 * says so; by default only on the embedded database, never on a configured one.
 */
@Component
class DemoContent {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
    private static final List<String> SECTIONS = List.of("News", "World", "Business", "Opinion");
    private static final int PHOTOS = 12;

    private final Environment environment;
    private final SectionDirectory sections;
    private final ArticleService articles;
    private final ArticleQueries queries;
    private final PhotoLibrary photos;
    private final ArticleImporter importer;
    private final Clock clock;
    private final Corrections corrections;

    DemoContent(Environment environment, SectionDirectory sections, ArticleService articles, ArticleQueries queries,
                PhotoLibrary photos, ArticleImporter importer, Clock clock, Corrections corrections) {
        this.corrections = corrections;
        this.environment = environment;
        this.sections = sections;
        this.articles = articles;
        this.queries = queries;
        this.photos = photos;
        this.importer = importer;
        this.clock = clock;
    }

    @Order(1)
    @EventListener(ApplicationReadyEvent.class)
    void loadOnFirstStart() {
        boolean embedded = NoDatabaseConfigured.isEmbedded(environment.getProperty("spring.datasource.url"));
        if (!environment.getProperty("dateline.demo.enabled", Boolean.class, embedded)) {
            return;
        }
        if (!queries.list(new ArticleFilter(false, null, null, null, 1, 1)).items().isEmpty()) {
            return;
        }
        int count = load();
        log.info("Loaded demo content: {} sections, {} articles", SECTIONS.size(), count);
    }

    /** Loads the demo newspaper; returns how many articles it added. */
    int load() {
        for (int i = 0; i < SECTIONS.size(); i++) {
            sections.ensure(Slugs.of(SECTIONS.get(i)), SECTIONS.get(i), i + 1);
        }
        List<Photo> pictures = new ArrayList<>();
        for (int i = 0; i < PHOTOS; i++) {
            pictures.add(photos.upload(new PhotoUpload("demo-" + i + ".jpg", DemoPhotos.jpeg(i),
                    "An illustration drawn for the demo edition.", "Dateline demo", "Abstract illustration")));
        }
        List<DemoArticles.Entry> entries = DemoArticles.load();
        Instant now = clock.instant();
        int added = 0;
        Long corrected = null;
        for (int i = 0; i < entries.size(); i++) {
            DemoArticles.Entry e = entries.get(i);
            Section section = sections.bySlug(Slugs.of(e.section())).orElseThrow();
            ArticleDraft draft = new ArticleDraft(e.headline(), e.standfirst(), e.body(), section.id(), null,
                    e.dateline().isEmpty() ? null : e.dateline(), e.bylines(), e.agencies(), e.tags(),
                    pictures.get(e.photo() % PHOTOS).id(), AccessLevel.valueOf(e.access()));
            // spread publication over the last days so lists have an order
            Instant published = now.minus(Duration.ofHours(5L * (entries.size() - i)));
            var outcome = articles.importArticle("demo:" + i, () -> draft, published, published, true);
            if (outcome.created()) {
                added++;
                corrected = outcome.article().id();
            }
        }
        if (corrected != null) {
            // so a newcomer sees a correction at a story's foot and on /corrections
            corrections.add(corrected, CorrectionKind.CORRECTION, "An earlier version of this article gave the wrong "
                    + "day for the vote. It was held on Tuesday, not Monday.", null);
        }
        if (importer.importResource("/demo/seed-article-rift-widens.txt", true)) {
            added++;
        }
        return added;
    }
}
