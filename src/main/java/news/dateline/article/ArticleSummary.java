package news.dateline.article;

import java.time.Instant;
import java.util.List;

/** An article as lists show it: enough for a headline, a teaser and a thumbnail. */
public record ArticleSummary(
        long id,
        String path,
        String headline,
        String standfirst,
        String sectionName,
        String sectionPath,
        Long leadPhotoId,
        ArticleStatus status,
        AccessLevel accessLevel,
        Instant publishedAt,
        Instant updatedAt,
        Instant modifiedAt,
        List<String> bylines) {
}
