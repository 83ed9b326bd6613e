package news.dateline.ingest;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import news.dateline.article.Article;
import news.dateline.article.Author;
import news.dateline.article.Tag;
import news.dateline.ingest.ParsedArticle.ParsedPhoto;
import news.dateline.media.PhotoLibrary;
import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Component;

/**
 * An article as ninjs 3.0, written by the same {@link NinjsWriter} that {@code import --dry-run} uses, so that
 * what the content API exports is exactly what {@link ArticleImporter} imports. The ninjs uri is the article's
 * address in the API: stable for the article's life and unique to this site.
 */
@Component
public class NinjsExport {

    public static final String MEDIA_TYPE = "application/ninjs+json";

    private final PhotoLibrary photos;
    private final SiteProperties site;
    private final NinjsWriter writer = new NinjsWriter();

    NinjsExport(PhotoLibrary photos, SiteProperties site) {
        this.photos = photos;
        this.site = site;
    }

    /**
     * @param withBody false leaves out the body and the photos in it (an article the caller may not read)
     */
    public String write(Article article, boolean withBody) {
        return writer.write(parsed(article, withBody));
    }

    private ParsedArticle parsed(Article article, boolean withBody) {
        MarkdownBlocks.Split body = withBody ? MarkdownBlocks.split(article.bodyMarkdown())
                : new MarkdownBlocks.Split(List.of(), List.of());
        ZoneId zone = site.zone();
        var published = article.publishedAt().atZone(zone).toOffsetDateTime();
        var updated = article.updatedAt() == null ? published : article.updatedAt().atZone(zone).toOffsetDateTime();
        String byline = article.authors().isEmpty() ? null
                : article.authors().stream().map(Author::name).collect(Collectors.joining(", "));
        return new ParsedArticle(article.headline(), article.standfirst(), published, updated, article.dateline(),
                byline, article.agencies(), body.body(), photos(article, body.photoIds()),
                article.tags().stream().map(Tag::name).toList(),
                SourceKeys.ofNinjsUri(site.absolute("/api/v1/articles/" + article.id())));
    }

    /** The lead photo first, then those in the body: the order the importer places them back in. */
    private List<ParsedPhoto> photos(Article article, List<Long> inBody) {
        List<Long> ids = new ArrayList<>();
        if (article.leadPhotoId() != null) {
            ids.add(article.leadPhotoId());
        }
        inBody.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        return photos.findAll(ids).stream()
                .map(photo -> new ParsedPhoto(photo.caption(), photo.credit(),
                        photo.missingImage() ? null : site.absolute(photo.src())))
                .toList();
    }
}
