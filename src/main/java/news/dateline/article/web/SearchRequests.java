package news.dateline.article.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import news.dateline.article.ArticleQueries;
import news.dateline.article.Author;
import news.dateline.article.SearchQuery;
import news.dateline.article.SearchSort;
import news.dateline.article.Section;
import news.dateline.article.SectionDirectory;
import news.dateline.article.Tag;
import news.dateline.site.AcceptedDates;
import news.dateline.site.SiteProperties;
import news.dateline.site.Words;
import org.springframework.stereotype.Component;

/** Turns the reader's search form into a {@link SearchQuery}, or into messages naming what is wrong with it. */
@Component
class SearchRequests {

    private final SectionDirectory sections;
    private final ArticleQueries articles;
    private final ZoneId zone;
    private final Words words;

    SearchRequests(SectionDirectory sections, ArticleQueries articles, SiteProperties site, Words words) {
        this.words = words;
        this.sections = sections;
        this.articles = articles;
        this.zone = site.zone();
    }

    /** The query, or the problems; exactly one of the two is present. */
    record Parsed(SearchQuery query, List<String> problems) {
    }

    Parsed parse(SearchParams form, int pageSize) {
        List<String> problems = new ArrayList<>();
        String text = blankToNull(form.q());
        if (text != null && text.strip().length() > SearchQuery.MAX_TEXT_LENGTH) {
            problems.add(words.get("search.problem.too-long", SearchQuery.MAX_TEXT_LENGTH));
        }
        Section section = lookUp(form.section(), sections::bySlug,
                slug -> words.get("search.problem.no-section", slug), problems);
        Author author = lookUp(form.author(), slug -> articles.author(slug),
                slug -> words.get("search.problem.no-author", slug), problems);
        Tag tag = lookUp(form.tag(), slug -> articles.tag(slug),
                slug -> words.get("search.problem.no-tag", slug), problems);
        LocalDate from = date(form.from(), words.get("search.problem.from-date"), problems);
        LocalDate to = date(form.to(), words.get("search.problem.to-date"), problems);
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(words.get("search.problem.from-after-to"));
        }
        SearchSort sort = sort(form.sort(), problems);
        int page = page(form.page(), problems);
        if (!problems.isEmpty()) {
            return new Parsed(null, problems);
        }
        return new Parsed(new SearchQuery(text, false, null, section == null ? null : section.id(),
                author == null ? null : author.id(), tag == null ? null : tag.id(),
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), sort, page, pageSize), List.of());
    }

    private static <T> T lookUp(String slug, Function<String, java.util.Optional<T>> find,
                                Function<String, String> unknown, List<String> problems) {
        if (blankToNull(slug) == null) {
            return null;
        }
        var found = find.apply(slug.strip());
        if (found.isEmpty()) {
            problems.add(unknown.apply(slug.strip()));
        }
        return found.orElse(null);
    }

    private static LocalDate date(String value, String problem, List<String> problems) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return AcceptedDates.parseDate(value);
        } catch (DateTimeParseException e) {
            problems.add(problem);
            return null;
        }
    }

    private SearchSort sort(String value, List<String> problems) {
        if (blankToNull(value) == null) {
            return SearchSort.RELEVANCE;
        }
        try {
            return SearchSort.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(words.get("search.problem.sort"));
            return null;
        }
    }

    private int page(String value, List<String> problems) {
        if (blankToNull(value) == null) {
            return 1;
        }
        try {
            int page = Integer.parseInt(value.strip());
            if (page >= 1) {
                return page;
            }
        } catch (NumberFormatException e) {
            // named below, as for a page below one
        }
        problems.add(words.get("search.problem.page"));
        return 1;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
