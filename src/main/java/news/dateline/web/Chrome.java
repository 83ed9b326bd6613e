package news.dateline.web;

import java.util.List;

import news.dateline.site.BreakingNews;
import news.dateline.site.Words;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What the layout around every page needs: the masthead, the section navigation, who is signed in,
 * what they may open in the newsroom (editors and admins: articles; moderators and admins: comments),
 * the CSRF token for the forms in it, and the {@link Words} every reader-facing text comes from
 * ({@code chrome.words().get("signin.title")}), and the breaking-news banner when one is up (else null). Added to every model by {@link ChromeAdvice}.
 */
public record Chrome(String siteName, List<NavLink> sections, String memberName, boolean newsroom, boolean community,
                     CsrfToken csrf, Assets assets, boolean writer, Words words, BreakingNews.Banner banner) {

    /**
     * Whether the signed-in member works here: an editor or admin (newsroom), a writer (their own articles) or a
     * moderator (community desk).
     */
    public boolean staff() {
        return newsroom || community || writer;
    }

    /**
     * Where the staff link in the masthead goes: the newsroom for editors, a writer's articles, the moderation
     * queues for moderators.
     */
    public String staffHome() {
        return newsroom ? "/admin" : writer ? "/admin/articles" : "/admin/moderation";
    }

    public boolean signedIn() {
        return memberName != null;
    }

    public record NavLink(String name, String url) {
    }

    /** Addresses of the stylesheets, with a hash of their content so browsers may cache them for a year. */
    public record Assets(String siteCss, String adminCss) {
    }
}
