package news.dateline.web;

import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The reads every reader and crawler makes most, which need no more of Spring Security than who is reading, a CSRF
 * token for the page's forms and the security headers: article pages, robots.txt, sitemaps, feeds, stylesheets,
 * scripts and live streams, by GET or HEAD. Every one is open to anyone in the full chain too; this list only spares them the filters
 * that do nothing for them (sign-in, sign-out, saved requests, authorization rules).
 *
 * <p>An article address counts only under a section that exists and never under an address the application keeps
 * for itself, so that no newsroom or account page can be reached through this shorter chain, whatever its path.
 * Addresses with anything encoded or a path parameter do not count (the pattern leaves out {@code %} and {@code ;}).
 */
final class ReaderReads implements RequestMatcher {

    /** An article's address, read by {@link #articleSection} without it (kept as the definition its test checks). */
    static final Pattern ARTICLE = Pattern.compile("/([a-z0-9-]+)/[^/%;]+/article\\d{1,18}");
    private static final Set<String> EXACT = Set.of("/robots.txt", "/sitemap.xml", "/news-sitemap.xml");
    static final Set<String> PREFIXES = Set.of("/sitemaps/", "/feeds/", "/css/", "/js/", "/live/");
    // first path segments the application keeps for itself: never a section, whatever a section is called
    static final Set<String> RESERVED = Set.of("admin", "account", "api", "actuator", "signin", "signout", "webhooks",
            "subscribe", "comments", "newsletters", "saved", "error", "live");

    private final Predicate<String> sectionExists;

    /** @param sectionExists whether a section has this slug ({@link news.dateline.article.SectionDirectory}) */
    ReaderReads(Predicate<String> sectionExists) {
        this.sectionExists = sectionExists;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String path = request.getRequestURI();
        if (path.indexOf('%') >= 0 || path.indexOf(';') >= 0) {
            return false;
        }
        if (EXACT.contains(path)) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        String section = articleSection(path);
        return section != null && !RESERVED.contains(section) && sectionExists.test(section);
    }

    /**
     * The section of an article's address, exactly as {@link #ARTICLE} reads it ({@code /section/slug/article42}), or
     * null. By hand: every request is asked this twice (Spring Session's filter, the chain's selection), and the
     * expression's matcher was most of this class's cost (JFR); {@code ReaderReadsTest} compares the two.
     */
    static String articleSection(String path) {
        int sectionEnd = path.indexOf('/', 1);
        if (!path.startsWith("/") || sectionEnd < 2) {
            return null;
        }
        for (int i = 1; i < sectionEnd; i++) {
            char c = path.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return null;
            }
        }
        int slugEnd = path.indexOf('/', sectionEnd + 1);
        if (slugEnd < sectionEnd + 2) {
            return null; // no slug, or an empty one
        }
        for (int i = sectionEnd + 1; i < slugEnd; i++) {
            char c = path.charAt(i);
            if (c == '%' || c == ';') {
                return null;
            }
        }
        int digits = slugEnd + 1 + "article".length();
        int count = path.length() - digits;
        if (!path.startsWith("article", slugEnd + 1) || count < 1 || count > 18) {
            return null;
        }
        for (int i = digits; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        return path.substring(1, sectionEnd);
    }
}
