package news.dateline.article;

import java.util.List;

/** One page of search results. */
public record SearchResults(List<SearchHit> hits, int page, boolean hasNext) {

    public boolean hasPrevious() {
        return page > 1;
    }
}
