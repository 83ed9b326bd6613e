package news.dateline.article;

import java.util.Collection;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import news.dateline.member.SignedInMember;

/**
 * The comments under articles, as the article pages show them. Implemented by the comment feature, which depends
 * on this one; the port keeps the features free of cycles (like {@link ReadingGate} and {@link ReadingListMarks}).
 */
public interface ArticleComments {

    /**
     * The comment section under the article, as HTML for this reader (their own held comments, what they liked,
     * the form or a prompt to sign in). Never cached: the article page adds it on every request.
     *
     * @param member the signed-in member, or null for an anonymous reader
     */
    String sectionHtml(Article article, SignedInMember member, HttpServletRequest request);

    /** Published comments per article, for lists; articles without comments may be missing from the map. */
    Map<Long, Integer> counts(Collection<Long> articleIds);
}
