package news.dateline.article;

import jakarta.servlet.http.HttpServletRequest;
import news.dateline.member.SignedInMember;

/**
 * Told of every reader page view (article pages, section fronts, the home page), so the newsroom can count them.
 * Implemented by the audience feature, which depends on this one; the port keeps the features free of cycles. Called
 * on the reader's request thread: an implementation must return at once and never fail the page.
 */
public interface ReaderPageViews {

    /**
     * An article page was answered (a full page or a 304).
     *
     * @param member  the signed-in member, or null for an anonymous reader
     * @param verdict what the reader was allowed to read: a blocked reader met the wall
     */
    void articleViewed(Article article, SignedInMember member, ReadingVerdict verdict, HttpServletRequest request);

    /**
     * A listing page was answered.
     *
     * @param sectionSlug the section front's slug, or null for the home page
     */
    void listingViewed(String sectionSlug, SignedInMember member, HttpServletRequest request);
}
