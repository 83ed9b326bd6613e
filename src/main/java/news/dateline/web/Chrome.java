package news.dateline.web;

import java.util.List;

import org.springframework.security.web.csrf.CsrfToken;

/**
 * What the layout around every page needs: the masthead, the section navigation, who is signed in,
 * and the CSRF token for the forms in it. Added to every model by {@link ChromeAdvice}.
 */
public record Chrome(String siteName, List<NavLink> sections, String memberName, boolean staff, CsrfToken csrf,
                     Assets assets) {

    public boolean signedIn() {
        return memberName != null;
    }

    public record NavLink(String name, String url) {
    }

    /** Addresses of the stylesheets, with a hash of their content so browsers may cache them for a year. */
    public record Assets(String siteCss, String adminCss) {
    }
}
