package news.dateline.article;

import java.util.List;

/** One page of a paginated list of articles. */
public record ArticlePage(List<ArticleSummary> items, int page, boolean hasNext) {

    public boolean hasPrevious() {
        return page > 1;
    }
}
