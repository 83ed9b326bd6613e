package news.dateline.article.web;

/** One entry of a most-read list: the headline, linking to the article. */
public record MostReadLink(String headline, String url) {
}
