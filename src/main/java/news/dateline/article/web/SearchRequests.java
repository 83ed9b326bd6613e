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
import org.springframework.stereotype.Component;

/** Turns the reader's search form into a {@link SearchQuery}, or into messages naming what is wrong with it. */
@Component
class SearchRequests {

    private final SectionDirectory sections;
    private final ArticleQueries articles;
    private final ZoneId zone;

    SearchRequests(SectionDirectory sections, ArticleQueries articles, SiteProperties site) {
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
            problems.add("Search words can be at most " + SearchQuery.MAX_TEXT_LENGTH + " characters long.");
        }
        Section section = lookUp(form.section(), sections::bySlug, "section", problems);
        Author author = lookUp(form.author(), slug -> articles.author(slug), "author", problems);
        Tag tag = lookUp(form.tag(), slug -> articles.tag(slug), "tag", problems);
        LocalDate from = date(form.from(), "From", problems);
        LocalDate to = date(form.to(), "To", problems);
        if (from != null && to != null && from.isAfter(to)) {
            problems.add("The From date must not be after the To date.");
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

    private static <T> T lookUp(String slug, Function<String, java.util.Optional<T>> find, String kind,
                                List<String> problems) {
        if (blankToNull(slug) == null) {
            return null;
        }
        var found = find.apply(slug.strip());
        if (found.isEmpty()) {
            problems.add("There is no " + kind + " called “" + slug.strip() + "”.");
        }
        return found.orElse(null);
    }

    private static LocalDate date(String value, String label, List<String> problems) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return AcceptedDates.parseDate(value);
        } catch (DateTimeParseException e) {
            problems.add("The " + label + " date must be a date like 2026-12-01.");
            return null;
        }
    }

    private static SearchSort sort(String value, List<String> problems) {
        if (blankToNull(value) == null) {
            return SearchSort.RELEVANCE;
        }
        try {
            return SearchSort.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("Sort by relevance or newest.");
            return null;
        }
    }

    private static int page(String value, List<String> problems) {
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
        problems.add("The page must be a whole number from 1.");
        return 1;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
