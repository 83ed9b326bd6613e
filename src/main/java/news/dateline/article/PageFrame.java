package news.dateline.article;

import news.dateline.member.SignedInMember;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The frame around the article page (the masthead, sections, who is signed in), as the page's shared rendering
 * needs it. Implemented by the web layer, which depends on this feature; the port keeps the features free of cycles.
 * The frame is handed over as the model's {@code chrome} object, which this feature does not look into.
 */
public interface PageFrame {

    /**
     * The frame for this reader, as every page's model gets it: for the article page's fast lane, which answers
     * before Spring MVC would add it ({@link news.dateline.article.web}).
     *
     * @param csrf the request's (deferred) token, or null
     */
    Object frameFor(SignedInMember member, CsrfToken csrf);

    /** What the frame shows that is the same for many readers: equal for frames that differ only by name and token. */
    Object sharedPart(Object chrome);

    /** The frame with the reader's name and CSRF token replaced by stand-ins (none for an anonymous reader). */
    Object withStandIns(Object chrome, String name, String token);
}
