package news.dateline.article.web;

import java.util.Arrays;
import java.util.List;

import news.dateline.article.AccessLevel;
import news.dateline.article.Article;
import news.dateline.article.ArticleDraft;
import news.dateline.article.Author;
import news.dateline.article.Tag;

/**
 * The newsroom editor's form, as typed. Lists (bylines, agencies, tags) are comma-separated. Kept as typed
 * when a save fails, so the editor loses nothing.
 *
 * @param baseRevision the revision the editor started from (a hidden field); a save on top of a newer one is refused
 * @param resolution   after a refused save: "merge" (merged by hand) or "overwrite" (deliberately replaced theirs)
 */
public record ArticleForm(String headline, String standfirst, String body, Long sectionId, String slug,
                          String dateline, String bylines, String agencies, String tags, Long leadPhotoId,
                          AccessLevel accessLevel, String photoCaption, String photoCredit, String photoAlt,
                          Boolean publicUpdate, String note, Integer baseRevision, String resolution) {

    public static ArticleForm empty() {
        return new ArticleForm("", "", "", null, "", "", "", "", "", null, AccessLevel.METERED, "", "", "", false, "", null, null);
    }

    public static ArticleForm of(Article a) {
        return new ArticleForm(a.headline(), nz(a.standfirst()), a.bodyMarkdown(), a.section().id(), a.slug(),
                nz(a.dateline()), String.join(", ", a.authors().stream().map(Author::name).toList()),
                String.join(", ", a.agencies()), String.join(", ", a.tags().stream().map(Tag::name).toList()),
                a.leadPhotoId(), a.accessLevel(), "", "", "", false, "", a.revision(), null);
    }

    ArticleDraft toDraft(Long photoId) {
        return new ArticleDraft(headline, standfirst, body, sectionId == null ? -1 : sectionId, slug, dateline,
                split(bylines), split(agencies), split(tags), photoId, accessLevel);
    }

    ArticleForm withLeadPhoto(Long photoId) {
        return new ArticleForm(headline, standfirst, body, sectionId, slug, dateline, bylines, agencies, tags,
                photoId, accessLevel, photoCaption, photoCredit, photoAlt, publicUpdate, note, baseRevision, resolution);
    }

    /** The same form, to be saved on top of {@code revision} (after the editor has seen the newer version). */
    ArticleForm rebasedOn(int revision) {
        return new ArticleForm(headline, standfirst, body, sectionId, slug, dateline, bylines, agencies, tags,
                leadPhotoId, accessLevel, photoCaption, photoCredit, photoAlt, publicUpdate, note, revision, null);
    }

    /** The note kept in the history, saying how a refused save was resolved. */
    String historyNote() {
        String typed = note == null || note.isBlank() ? null : note.strip();
        String how = "overwrite".equals(resolution) ? "Overwrote revision " + baseRevision + " deliberately"
                : "merge".equals(resolution) ? "Merged by hand with revision " + baseRevision : null;
        return how == null ? typed : typed == null ? how : how + ": " + typed;
    }

    /** A checkbox that was not ticked is not sent at all. */
    public boolean isPublicUpdate() {
        return Boolean.TRUE.equals(publicUpdate);
    }

    public String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static List<String> split(String csv) {
        return csv == null ? List.of() : Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
