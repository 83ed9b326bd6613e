package news.dateline.article;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** Read-only questions about articles, authors and tags, for the reader's pages and the newsroom's lists. */
@Service
public class ArticleQueries {

    private final ArticleRepository articles;
    private final ArticleListing listing;
    private final ArticleVersions versions;
    private final PublishedArticleIndex index;
    private final ArticleSearch search;

    ArticleQueries(ArticleRepository articles, ArticleListing listing, ArticleVersions versions,
                   PublishedArticleIndex index, ArticleSearch search) {
        this.articles = articles;
        this.listing = listing;
        this.versions = versions;
        this.index = index;
        this.search = search;
    }

    /** Whether an article with this id exists, in any state (other features refer to articles by id only). */
    public boolean exists(long id) {
        return articles.exists(id);
    }

    /** The article if readers may see it. */
    public Optional<Article> published(long id) {
        return articles.find(id).filter(Article::isPublished);
    }

    /** Where a published article lives and which version it is; answered from the node's cache. */
    public Optional<ArticleVersion> publishedVersion(long id) {
        return versions.get(id).filter(ArticleVersion::published);
    }

    /** Where an article lives, published or not (a page cache must also forget an unpublished one). */
    public Optional<ArticleVersion> anyVersion(long id) {
        return versions.get(id);
    }

    /** Articles scheduled for publication in [from, to), soonest first (the newsroom's "scheduled today"). */
    public List<Article> scheduledBetween(Instant from, Instant to) {
        return articles.scheduledBetween(from, to).stream().map(articles::find).flatMap(Optional::stream).toList();
    }

    public ArticlePage list(ArticleFilter filter) {
        return listing.find(filter);
    }

    /** Full-text search with filters; for readers only published articles, premium ones without body text. */
    public SearchResults search(SearchQuery query) {
        return search.find(query);
    }

    /** The published ones among these articles, in no particular order. */
    public List<ArticleSummary> publishedSummaries(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : listing.publishedByIds(ids);
    }

    /** Published articles with a publication time in [from, to), newest first: for sitemaps. */
    public List<ArticleSummary> publishedBetween(Instant from, Instant to, int limit) {
        return listing.publishedBetween(from, to, limit);
    }

    /** The months with published articles, newest first: the sitemap index. */
    public List<PublishedMonth> publishedMonths(ZoneId zone) {
        return listing.publishedMonths(zone);
    }

    public List<ArticleSummary> related(Article article, int limit) {
        return listing.related(article, limit);
    }

    public Optional<Author> author(String slug) {
        return articles.authorBySlug(slug);
    }

    public Optional<Tag> tag(String slug) {
        return articles.tagBySlug(slug);
    }

    public List<Author> authors() {
        return articles.allAuthors();
    }

    /** A page of published articles after a position, newest first (the content API's cursor pages). */
    public List<ArticleSummary> publishedPage(PublishedArticlesQuery query) {
        return listing.publishedPage(query);
    }

    /** The newest published article with this slug (slugs are unique only together with the id). */
    public Optional<Article> publishedBySlug(String slug) {
        return index.newestWithSlug(slug).flatMap(this::published);
    }

    /** Tags of at least one published article, by name. */
    public List<Tag> publishedTags() {
        return index.publishedTags();
    }

    /** Authors of at least one published article, by name. */
    public List<Author> publishedAuthors() {
        return index.publishedAuthors();
    }
}
