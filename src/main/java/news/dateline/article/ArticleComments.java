package news.dateline.article;

import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;

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

    /**
     * The comment section for this reader, with {@code tokenStandIn} where their CSRF token goes when the section is
     * the same for every reader of their kind (the article page then keeps the whole page's rendering).
     *
     * @param member the signed-in member, or null for an anonymous reader
     */
    Section section(Article article, SignedInMember member, HttpServletRequest request, String tokenStandIn);

    /**
     * @param html    the section's HTML: with the stand-in for the token when shared, with the reader's own when not
     * @param version this node's number for the shared section, the same exactly as long as its HTML is (a new
     *                comment, like or moderation makes a new one); negative when the section is this reader's own
     *                (their comments, likes or a notice)
     */
    record Section(Supplier<String> html, long version) {

        public boolean shared() {
            return version >= 0;
        }
    }

    /** Published comments per article, for lists; articles without comments may be missing from the map. */
    Map<Long, Integer> counts(Collection<Long> articleIds);
}
