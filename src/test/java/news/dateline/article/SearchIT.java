package news.dateline.article;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import news.dateline.site.SiteProperties;
import news.dateline.support.Http;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Full-text search on the real PostgreSQL: ranking, stemming, websearch syntax, filters, order, pages, what readers
 * may see, and the results page's escaping and input checks. The database is shared with other tests, so each
 * test searches for made-up words of its own.
 */
@IntegrationTest
class SearchIT {

    private static final Random RANDOM = new Random();

    @Autowired
    ArticleService articles;
    @Autowired
    ArticleQueries queries;
    @Autowired
    SectionDirectory sections;
    @Autowired
    SiteProperties site;
    @Autowired
    MutableClock clock;
    @LocalServerPort
    int port;

    @Test
    void aHeadlineMatchRanksAboveABodyOnlyMatchAndNewestSortsByDate() {
        String word = word();
        Article inHeadline = published(article().headline("Council backs " + word + " plan"));
        clock.advance(Duration.ofMinutes(1));
        Article inBody = published(article().body("Later the " + word + " came up again."));

        assertThat(headlines(reader(word))).containsExactly(inHeadline.headline(), inBody.headline());
        assertThat(ids(reader(word, SearchSort.NEWEST))).containsExactly(inBody.id(), inHeadline.id());
    }

    @Test
    void relevanceRanksTheNewestMatchesOnlyAndNewestListsThemAll() {
        String word = word();
        Section section = section();
        Article oldHeadline = published(article().inSection(section).headline("The " + word + " affair"));
        for (int i = 0; i < ArticleSearch.RANKED_CANDIDATES - 1; i++) {
            clock.advance(Duration.ofSeconds(1));
            published(article().inSection(section).body("A passing mention of " + word + " number " + i + "."));
        }
        clock.advance(Duration.ofSeconds(1));
        Article newHeadline = published(article().inSection(section).headline("Another " + word + " affair"));

        // 201 matches: the newest 200 are ranked, the oldest is not
        List<SearchHit> ranked = queries.search(query(word, 1, 10)).hits();
        assertThat(ranked.get(0).article().id()).isEqualTo(newHeadline.id());
        assertThat(ranked).extracting(h -> h.article().id()).doesNotContain(oldHeadline.id());
        SearchResults lastRankedPage = queries.search(query(word, 20, 10));
        assertThat(lastRankedPage.hits()).hasSize(10);
        assertThat(lastRankedPage.hasNext()).isFalse();
        assertThat(ids(lastRankedPage)).doesNotContain(oldHeadline.id());
        SearchResults oldest = queries.search(new SearchQuery(word, false, null, section.id(), null, null, null, null,
                SearchSort.NEWEST, 21, 10));
        assertThat(ids(oldest)).containsExactly(oldHeadline.id());
    }

    @Test
    void englishStemmingFindsOtherFormsOfAWord() {
        Section section = section();
        Article article = published(article().inSection(section).headline("The election was close"));

        SearchQuery query = new SearchQuery("elections", false, null, section.id(), null, null, null, null,
                SearchSort.RELEVANCE, 1, 10);
        assertThat(queries.search(query).hits()).extracting(h -> h.article().id()).containsExactly(article.id());
    }

    @Test
    void quotedPhrasesAndExcludedWordsFollowWebSearchSyntax() {
        String first = word();
        String second = word();
        String third = word();
        Article together = published(article().body("We saw " + first + " " + second + " today."));
        Article apart = published(article().body(second + " and then " + first + " with " + third + "."));

        assertThat(ids(reader(first))).containsExactlyInAnyOrder(together.id(), apart.id());
        assertThat(ids(reader("\"" + first + " " + second + "\""))).containsExactly(together.id());
        assertThat(ids(reader(first + " -" + third))).containsExactly(together.id());
    }

    @Test
    void filtersNarrowBySectionAuthorTagAndPublicationDate() {
        String word = word();
        Section one = section();
        Section other = section();
        Article old = published(article().inSection(one).by("Ada " + word).tagged("Topic " + word)
                .headline("Old " + word));
        clock.advance(Duration.ofDays(3));
        Article recent = published(article().inSection(other).headline("Recent " + word));
        long author = old.authors().getFirst().id();
        long tag = old.tags().getFirst().id();
        ZoneId zone = site.zone();
        LocalDate recentDay = LocalDate.ofInstant(recent.publishedAt(), zone);

        assertThat(ids(search(word, one.id(), null, null, null, null))).containsExactly(old.id());
        assertThat(ids(search(word, null, author, null, null, null))).containsExactly(old.id());
        assertThat(ids(search(word, null, null, tag, null, null))).containsExactly(old.id());
        assertThat(ids(search(word, null, null, null, recentDay, null))).containsExactly(recent.id());
        assertThat(ids(search(word, null, null, null, null, recentDay.minusDays(1)))).containsExactly(old.id());
        assertThat(ids(search("", other.id(), null, null, null, null))).containsExactly(recent.id());
    }

    @Test
    void resultsComeInPagesWithANextPageWhileThereAreMore() {
        String word = word();
        for (int i = 0; i < 3; i++) {
            published(article().headline("Story " + i + " " + word));
        }
        SearchResults first = queries.search(query(word, 1, 2));
        SearchResults second = queries.search(query(word, 2, 2));

        assertThat(first.hits()).hasSize(2);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.hits()).hasSize(1);
        assertThat(second.hasNext()).isFalse();
        assertThat(second.hasPrevious()).isTrue();
    }

    @Test
    void readersNeverFindDraftsScheduledOrUnpublishedArticlesButTheNewsroomDoes() {
        String word = word();
        Article draft = articles.create(article().headline("Draft " + word).build(), null);
        Article scheduled = articles.schedule(articles.create(article().headline("Scheduled " + word).build(),
                null).id(), clock.instant().plus(Duration.ofDays(1)), null);
        Article unpublished = articles.unpublish(published(article().headline("Withdrawn " + word)).id(), null);
        Article live = published(article().headline("Live " + word));

        assertThat(ids(reader(word))).containsExactly(live.id());
        SearchQuery newsroom = new SearchQuery(word, true, null, null, null, null, null, null, SearchSort.RELEVANCE,
                1, 10);
        assertThat(ids(queries.search(newsroom)))
                .containsExactlyInAnyOrder(draft.id(), scheduled.id(), unpublished.id(), live.id());
        SearchQuery drafts = new SearchQuery(word, true, ArticleStatus.DRAFT, null, null, null, null, null,
                SearchSort.RELEVANCE, 1, 10);
        assertThat(ids(queries.search(drafts))).containsExactly(draft.id());
    }

    @Test
    void aPremiumArticleIsFoundByItsBodyButItsSnippetIsOnlyTheStandfirst() {
        String word = word();
        String secret = word();
        Article premium = published(article().premium().headline("Inside the " + word + " deal")
                .standfirst("What the " + word + " papers show").body("Only subscribers read that " + secret + "."));

        SearchHit byHeadline = reader(word).hits().getFirst();
        assertThat(byHeadline.snippetHtml()).isEqualTo("What the <mark>" + word + "</mark> papers show");
        SearchHit byBody = reader(secret).hits().getFirst();
        assertThat(byBody.article().id()).isEqualTo(premium.id());
        assertThat(byBody.snippetHtml()).isEqualTo("What the " + word + " papers show").doesNotContain(secret);
    }

    @Test
    void aMeteredArticleShowsReadersItsStandfirstButTheNewsroomItsBody() {
        String secret = word();
        Article metered = published(article().metered().headline("The harbour dispute")
                .standfirst("Talks resume on Monday").body("Counted readers alone learn that " + secret + " signed."));

        SearchHit forReaders = reader(secret).hits().getFirst();
        assertThat(forReaders.article().id()).isEqualTo(metered.id());
        assertThat(forReaders.snippetHtml()).isEqualTo("Talks resume on Monday").doesNotContain(secret);
        assertThat(new Http(port).get("/search?q=" + secret).body()).contains("Talks resume on Monday")
                .doesNotContain("<mark>" + secret);
        SearchQuery newsroom = new SearchQuery(secret, true, null, null, null, null, null, null,
                SearchSort.RELEVANCE, 1, 10);
        assertThat(queries.search(newsroom).hits().getFirst().snippetHtml()).contains("<mark>" + secret + "</mark>");
    }

    @Test
    void theResultsPageEscapesStoredTextAndDropsMarkdownFromSnippets() {
        String word = word();
        published(article().headline("<script>alert(1)</script> " + word)
                .body("![a photo](photo:12) The **" + word + "** & <b>bold</b> <script>x()</script> [a link](https://example.com/x)."));
        Http http = new Http(port);

        var response = http.get("/search?q=" + word);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; " + word)
                .contains("<mark>" + word + "</mark> &amp; bold x() a link")
                .doesNotContain("<script>alert(1)").doesNotContain("<script>x()").doesNotContain("<b>bold").doesNotContain("photo:12")
                .doesNotContain("**").doesNotContain("example.com/x")
                .contains("<meta name=\"robots\" content=\"noindex\">");
    }

    @Test
    void thePageFiltersBySlugsAndDatesAndLinksToTheNextPageWithTheSameFilters() {
        String word = word();
        Section section = section();
        for (int i = 0; i < 21; i++) {
            published(article().inSection(section).headline("Item " + i + " " + word));
        }
        String today = LocalDate.ofInstant(clock.instant(), site.zone()).toString();
        Http http = new Http(port);

        var page = http.get("/search?q=" + word + "&section=" + section.slug() + "&from=" + today + "&sort=newest");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Results for “" + word + "”").contains("Item 20 " + word)
                .contains("href=\"/search?q=" + word + "&amp;section=" + section.slug() + "&amp;from=" + today
                        + "&amp;sort=newest&amp;page=2\"");
        assertThat(http.get("/search?q=" + word + "&section=" + section.slug() + "&sort=newest&page=2").body())
                .contains("Item 0 " + word).doesNotContain("Item 20 " + word);
        assertThat(http.get("/search?q=" + word() ).body()).contains("No results for");
    }

    @Test
    void badInputGetsAClearMessageNotAnError() {
        Http http = new Http(port);
        assertProblem(http, "/search?q=x&from=not-a-date", "The From date must be a date like 2026-12-01.");
        assertProblem(http, "/search?q=x&page=0", "The page must be a whole number from 1.");
        assertProblem(http, "/search?q=x&page=99999999999", "The page must be a whole number from 1.");
        assertProblem(http, "/search?q=" + "a".repeat(201), "Search words can be at most 200 characters long.");
        assertProblem(http, "/search?q=%00", "The field “q” holds a NUL character (%00)");
        assertProblem(http, "/search?q=x&from=%2B999999999-12-31", "The From date must be a date like 2026-12-01.");
        assertProblem(http, "/search?q=%C3%28", "not valid UTF-8");
        assertProblem(http, "/latest?page=1000000000", "The page must be a whole number from 1 to 10000.");
        assertProblem(http, "/latest?page=99999999999", "“page” must be a whole number in range.");
        assertProblem(http, "/search?sort=sideways", "Sort by relevance or newest.");
        assertProblem(http, "/search?section=no-such-section", "There is no section called “no-such-section”.");
        assertProblem(http, "/search?from=2026-12-02&to=2026-12-01", "The From date must not be after the To date.");
        assertThat(http.get("/search?q=" + URLEncoder.encode("\"unclosed -( & | ! :*", StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void everyReaderPageHasTheSearchBoxAndCrawlersAreKeptOffResults() {
        Http http = new Http(port);
        assertThat(http.get("/").body()).contains("<form class=\"masthead-search\" method=\"get\" action=\"/search\" role=\"search\">");
        assertThat(http.get("/robots.txt").body()).contains("Disallow: /search");
    }

    private static void assertProblem(Http http, String path, String message) {
        var response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.body()).as(path).contains(message);
    }

    /** A made-up word of letters only, so no other test's article contains it and stemming leaves it whole. */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    private Section section() {
        String slug = word();
        return sections.ensure(slug, "Search " + slug, 97);
    }

    /** A draft in the tests' own section unless the test chooses another. */
    private ArticleDraftBuilder article() {
        return anArticle().inSection(sections.ensure("search-tests", "Search tests", 96));
    }

    private Article published(ArticleDraftBuilder draft) {
        return articles.publish(articles.create(draft.build(), null).id(), null);
    }

    private SearchResults reader(String text) {
        return reader(text, SearchSort.RELEVANCE);
    }

    private SearchResults reader(String text, SearchSort sort) {
        return queries.search(new SearchQuery(text, false, null, null, null, null, null, null, sort, 1, 10));
    }

    private static SearchQuery query(String text, int page, int size) {
        return new SearchQuery(text, false, null, null, null, null, null, null, SearchSort.RELEVANCE, page, size);
    }

    private SearchResults search(String text, Long section, Long author, Long tag, LocalDate from, LocalDate to) {
        ZoneId zone = site.zone();
        return queries.search(new SearchQuery(text, false, null, section, author, tag,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), SearchSort.RELEVANCE, 1, 10));
    }

    private static List<Long> ids(SearchResults results) {
        return results.hits().stream().map(h -> h.article().id()).toList();
    }

    private static List<String> headlines(SearchResults results) {
        return results.hits().stream().map(h -> h.article().headline()).toList();
    }
}
