package news.dateline.site;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/**
 * Cache-Control for reader pages. A page an anonymous reader gets is the same for every anonymous reader, so
 * browsers and a CDN may keep it for a minute; {@code Vary: Cookie} makes a shared cache keep it apart from the
 * page a signed-in reader (who sends the session cookie) gets. A signed-in reader's page names them, so it is
 * private; a page with a meter line or a paywall is personal to the reader and never stored at all.
 */
public final class PageCaching {

    static final String SHARED = "public, max-age=60";
    static final String PRIVATE = "private, no-cache";
    static final String PERSONAL = "private, no-store";
    static final String BRIEF = "public, max-age=1";

    private PageCaching() {
    }

    /** A page that differs only by who is signed in (the masthead). */
    public static void sameForEveryAnonymousReader(HttpServletResponse response, boolean anonymous) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, anonymous ? SHARED : PRIVATE);
        response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
    }

    /**
     * An anonymous reader's answer where a page used to be (a 404 for an unpublished article, a 301 for a moved one):
     * a shared cache may keep it for a second, so that the caching proxy's refresh of the old address replaces the
     * stored page (deploy/); anything the proxy will not store leaves the old copy in place.
     */
    public static void briefly(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, BRIEF);
        response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
    }

    /** A page made for this reader alone: their meter, the wall they hit, text only some readers get. */
    public static void personal(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, PERSONAL);
    }
}
