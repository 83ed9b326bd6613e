package news.dateline.article;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.member.SignedInMember;

/**
 * Asked by the article page whether a reader may read an article's text now. Implemented by the access feature
 * (the meter and subscriptions), which depends on this one; declaring the port here keeps the features free of
 * cycles. Counting a read, and the visitor's meter cookie, happen inside.
 */
public interface ReadingGate {

    /**
     * @param member the signed-in member, or null for an anonymous reader
     */
    ReadingVerdict admit(Article article, SignedInMember member, HttpServletRequest request,
                         HttpServletResponse response);
}
