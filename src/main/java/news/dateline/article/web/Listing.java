package news.dateline.article.web;

import java.util.List;

/**
 * A titled list of articles with links to the neighbouring pages (null where there is none) and to its RSS feed
 * (null for lists without one).
 */
public record Listing(String title, String intro, List<Teaser> items, String previousUrl, String nextUrl,
                      String feedUrl) {
}
