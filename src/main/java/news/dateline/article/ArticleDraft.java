package news.dateline.article;

import java.util.List;

/**
 * What an editor (or an import) writes: the content of an article, without its life-cycle state.
 *
 * @param slug     the URL slug; null to derive it from the headline on creation and keep it afterwards
 * @param bylines  staff author names; each becomes (or finds) an author with its own page
 * @param agencies wire agencies credited, e.g. AFP, Reuters
 */
public record ArticleDraft(
        String headline,
        String standfirst,
        String bodyMarkdown,
        long sectionId,
        String slug,
        String dateline,
        List<String> bylines,
        List<String> agencies,
        List<String> tags,
        Long leadPhotoId,
        AccessLevel accessLevel) {

    public ArticleDraft {
        bylines = cleaned(bylines);
        agencies = cleaned(agencies);
        tags = cleaned(tags);
        standfirst = blankToNull(standfirst);
        dateline = blankToNull(dateline);
        slug = blankToNull(slug);
        bodyMarkdown = bodyMarkdown == null ? "" : bodyMarkdown;
        accessLevel = accessLevel == null ? AccessLevel.METERED : accessLevel;
        if (headline == null || headline.isBlank()) {
            throw new InvalidArticleException("headline", "An article needs a headline.");
        }
        headline = headline.strip();
    }

    private static List<String> cleaned(List<String> values) {
        return values == null ? List.of()
                : values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
