package news.dateline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import news.dateline.article.AccessLevel;
import news.dateline.article.ArticleDraft;
import news.dateline.article.ArticleService;
import news.dateline.article.Section;
import news.dateline.article.SectionDirectory;
import news.dateline.media.Photo;
import news.dateline.media.PhotoLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores parsed articles as newsroom articles: paragraphs and subheadings become Markdown, captions become
 * photos (flagged when no image came with them), the byline becomes staff authors. One story is stored once,
 * whatever number of times or places it is imported from.
 */
@Service
@EnableConfigurationProperties(IngestProperties.class)
public class ArticleImporter implements ArticleStore {

    private static final Logger log = LoggerFactory.getLogger(ArticleImporter.class);

    private static final Pattern BY_PREFIX = Pattern.compile("^(?i)by\\s+");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|\\band\\b|&)\\s*");
    // characters that would start Markdown syntax at the beginning of a paragraph
    private static final Pattern MARKDOWN_START = Pattern.compile("^([#>*+\\-=|`]|\\d+[.)])");

    private final ArticleService articles;
    private final SectionDirectory sections;
    private final PhotoLibrary photos;
    private final String sectionSlug;
    private final String sectionName;
    private final ArticleFileParser parser = new ArticleFileParser();
    private final Counter created;
    private final Counter updated;
    private final Counter rejected;

    ArticleImporter(ArticleService articles, SectionDirectory sections, PhotoLibrary photos,
                    IngestProperties properties, MeterRegistry metrics) {
        this.created = imports(metrics, "created");
        this.updated = imports(metrics, "updated");
        this.rejected = imports(metrics, "rejected");
        this.articles = articles;
        this.sections = sections;
        this.photos = photos;
        this.sectionSlug = properties.sectionSlug();
        this.sectionName = properties.sectionName();
    }

    private static Counter imports(MeterRegistry metrics, String outcome) {
        return Counter.builder("dateline.ingest.articles").tag("outcome", outcome)
                .description("Imported pages and ninjs items: new articles, new versions of known ones, and rejected")
                .register(metrics);
    }

    /**
     * Parses and stores one text, e.g. an upload; the name is used in error messages. Whatever goes wrong with this
     * one text, even an Error, is an {@link ImportException}: the caller goes on with its other files.
     */
    public StoredArticle importText(String name, String content, boolean publish) throws ImportException {
        try {
            return store(parser.parse(name, content), publish);
        } catch (ImportException e) {
            rejected.increment();
            throw e;
        } catch (RuntimeException | Error e) {
            rejected.increment();
            log.error("Import of {} failed", name, e);
            throw ImportException.unexpected(name, e);
        }
    }

    /** Imports a file shipped on the classpath (the demo's seed page); true when it was new. */
    public boolean importResource(String path, boolean publish) {
        try (InputStream in = ArticleImporter.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return importText(path, new String(in.readAllBytes(), StandardCharsets.UTF_8), publish).created();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ImportException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    @Transactional
    public StoredArticle store(ParsedArticle parsed, boolean publish) {
        var outcome = articles.importArticle(parsed.sourceKey(), () -> draft(parsed),
                parsed.firstCreated().toInstant(), parsed.versionCreated().toInstant(), publish);
        var article = outcome.article();
        (outcome.created() ? created : updated).increment();
        return new StoredArticle(article.id(), outcome.created(),
                article.isPublished() ? article.path() : "/admin/articles/" + article.id());
    }

    private ArticleDraft draft(ParsedArticle parsed) {
        Section section = sections.bySlug(sectionSlug).orElseGet(() -> sections.ensure(sectionSlug, sectionName, 0));
        List<Photo> stored = parsed.photos().stream()
                .map(p -> photos.captionOnly(p.caption(), p.credit())).toList();
        return new ArticleDraft(parsed.headline(), parsed.standfirst(), markdown(parsed, stored), section.id(), null,
                parsed.located(), bylines(parsed.byline()), parsed.agencies(), parsed.tags(),
                stored.isEmpty() ? null : stored.getFirst().id(), AccessLevel.METERED);
    }

    /** Paragraphs and subheadings as Markdown; photos after the lead one go in after the first paragraph. */
    static String markdown(ParsedArticle parsed, List<Photo> photos) {
        List<String> blocks = new ArrayList<>();
        for (ParsedArticle.BodyBlock block : parsed.body()) {
            blocks.add(switch (block) {
                case ParsedArticle.Subheading h -> "## " + h.text();
                case ParsedArticle.Paragraph p -> escapeStart(p.text());
            });
        }
        for (int i = photos.size() - 1; i >= 1; i--) {
            Photo photo = photos.get(i);
            blocks.add(Math.min(1, blocks.size()), "![" + (photo.caption() == null ? "" : photo.caption()
                    .replace("]", "")) + "](photo:" + photo.id() + ")");
        }
        return String.join("\n\n", blocks);
    }

    private static String escapeStart(String paragraph) {
        var start = MARKDOWN_START.matcher(paragraph);
        if (!start.find()) {
            return paragraph;
        }
        // only punctuation can be escaped: "1998. A year" becomes "1998\. A year"
        int mark = start.end() - 1;
        return paragraph.substring(0, mark) + "\\" + paragraph.substring(mark);
    }

    static List<String> bylines(String byline) {
        if (byline == null || byline.isBlank()) {
            return List.of();
        }
        return NAME_SEPARATOR.splitAsStream(BY_PREFIX.matcher(byline.strip()).replaceFirst(""))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
