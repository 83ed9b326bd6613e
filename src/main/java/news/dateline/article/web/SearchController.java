package news.dateline.article.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletResponse;
import news.dateline.article.AccessLevel;
import news.dateline.article.ArticleQueries;
import news.dateline.article.SearchHit;
import news.dateline.article.SearchResults;
import news.dateline.article.SectionDirectory;
import news.dateline.site.PageMeta;
import news.dateline.site.Words;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The reader's search page, {@code /search}; the newsroom's list searches through {@link NewsroomArticlesController}. */
@Controller
class SearchController {

    static final int PAGE_SIZE = 20;

    private final SearchRequests requests;
    private final ArticleQueries articles;
    private final SectionDirectory sections;
    private final ArticleViews views;
    private final Words words;

    SearchController(SearchRequests requests, ArticleQueries articles, SectionDirectory sections, ArticleViews views,
                     Words words) {
        this.words = words;
        this.requests = requests;
        this.articles = articles;
        this.sections = sections;
        this.views = views;
    }

    @GetMapping("/search")
    String search(SearchParams form, Model model, HttpServletResponse response) {
        SearchRequests.Parsed parsed = requests.parse(form, PAGE_SIZE);
        List<SearchPage.Result> results = List.of();
        String heading = words.get("search.title");
        String previous = null;
        String next = null;
        if (parsed.query() == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } else {
            SearchResults found = articles.search(parsed.query());
            results = found.hits().stream().map(this::result).toList();
            heading = heading(parsed.query().text(), results.isEmpty(), found.page());
            previous = found.hasPrevious() ? pageUrl(form, found.page() - 1) : null;
            next = found.hasNext() ? pageUrl(form, found.page() + 1) : null;
        }
        model.addAttribute("search", new SearchPage(form.q(), form.section(), form.author(), form.tag(), form.from(),
                form.to(), form.sort(), sections.all(), articles.authors(), parsed.problems(), heading, results,
                previous, next));
        // result pages are not for search engines: the layout marks a page without a canonical address noindex
        model.addAttribute("meta", PageMeta.unlisted(parsed.query() != null && parsed.query().hasText()
                ? words.get("search.title.query", parsed.query().text()) : words.get("search.title")));
        return "article/search";
    }

    private String heading(String text, boolean empty, int page) {
        if (empty) {
            return page > 1 ? words.get("search.heading.no-more")
                    : text.isEmpty() ? words.get("search.heading.none") : words.get("search.heading.none-for", text);
        }
        if (text.isEmpty()) {
            return page > 1 ? words.get("search.heading.latest.page", page) : words.get("search.heading.latest");
        }
        return page > 1 ? words.get("search.heading.results.page", text, page) : words.get("search.heading.results", text);
    }

    private SearchPage.Result result(SearchHit hit) {
        var a = hit.article();
        return new SearchPage.Result(a.headline(), a.path(), a.sectionName(), a.sectionPath(),
                a.publishedAt() == null ? "" : views.format().date(a.publishedAt()), String.join(", ", a.bylines()),
                a.accessLevel() == AccessLevel.PREMIUM, a.standfirst(), hit.snippetHtml());
    }

    private static String pageUrl(SearchParams form, int page) {
        StringJoiner query = new StringJoiner("&", "/search?", "");
        String[] pairs = form.pairs();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null && !pairs[i + 1].isBlank()) {
                query.add(pairs[i] + "=" + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
            }
        }
        return query.add("page=" + page).toString();
    }
}
