package news.dateline.article.web;

import java.util.List;

import news.dateline.article.Author;
import news.dateline.article.Section;

/**
 * The reader's search page: the form as filled in, what it can offer, the results or the problems with the
 * input, and links to the neighbouring pages of the same search (null where there is none).
 *
 * @param heading what the page says above the results, e.g. "Results for “budget”" or "No results for …"
 */
public record SearchPage(String q, String section, String author, String tag, String from, String to, String sort,
                         List<Section> sections, List<Author> authors, List<String> problems, String heading,
                         List<Result> results, String previousUrl, String nextUrl) {

    /**
     * One result, ready to print.
     *
     * @param snippetHtml escaped text with {@code <mark>} around matched words; null when the search had no words
     * @param premium     for subscribers: the snippet comes from the standfirst only
     */
    public record Result(String headline, String url, String sectionName, String sectionUrl, String date,
                         String bylines, boolean premium, String standfirst, String snippetHtml) {
    }
}
