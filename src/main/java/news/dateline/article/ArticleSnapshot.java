package news.dateline.article;

import java.util.ArrayList;
import java.util.List;

/** The content of an article at one revision, as kept in its history and compared in diffs. */
public record ArticleSnapshot(
        String headline,
        String standfirst,
        String body,
        String section,
        String slug,
        String dateline,
        List<String> agencies,
        List<String> bylines,
        List<String> tags,
        Long leadPhotoId,
        AccessLevel accessLevel,
        ArticleStatus status) {

    /** The snapshot as lines of text, the form a diff compares. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Headline: " + headline);
        lines.add("Standfirst: " + nullToEmpty(standfirst));
        lines.add("Section: " + section);
        lines.add("Slug: " + slug);
        lines.add("Dateline: " + nullToEmpty(dateline));
        lines.add("Bylines: " + String.join(", ", bylines));
        lines.add("Agencies: " + String.join(", ", agencies));
        lines.add("Tags: " + String.join(", ", tags));
        lines.add("Lead photo: " + (leadPhotoId == null ? "" : leadPhotoId));
        lines.add("Access: " + accessLevel);
        lines.add("Status: " + status);
        lines.add("");
        lines.addAll(body.lines().toList());
        return lines;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
