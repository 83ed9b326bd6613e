package news.dateline.article.web;

import java.util.List;

/** A section's block on the home page. */
public record HomeSection(String name, String url, List<Teaser> items) {
}
