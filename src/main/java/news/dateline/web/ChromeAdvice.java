package news.dateline.web;

import java.util.List;

import news.dateline.article.PageFrame;
import news.dateline.article.Section;
import news.dateline.article.SectionDirectory;
import news.dateline.member.Role;
import news.dateline.member.SignedInMember;
import news.dateline.site.BreakingNews;
import news.dateline.site.SiteProperties;
import news.dateline.site.Words;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Puts the {@link Chrome} into the model of every page; error pages ask {@link #chrome} themselves. As the
 * {@link PageFrame}, it lets the article page render its frame once for many readers.
 */
@ControllerAdvice
class ChromeAdvice implements PageFrame {

    private final SiteProperties site;
    private final SectionDirectory sections;
    private final Words words;
    private final BreakingNews breaking;

    // looked up when a page is first rendered: command-line subcommands run without a web server, hence without one
    private final ObjectProvider<ResourceUrlProvider> resources;
    private volatile Chrome.Assets assets;
    private volatile Nav nav;

    ChromeAdvice(SiteProperties site, SectionDirectory sections, Words words, BreakingNews breaking,
                 ObjectProvider<ResourceUrlProvider> resources) {
        this.breaking = breaking;
        this.site = site;
        this.words = words;
        this.sections = sections;
        this.resources = resources;
    }

    @ModelAttribute("chrome")
    Chrome chrome(@AuthenticationPrincipal SignedInMember member, CsrfToken csrf) {
        return frameFor(member, csrf);
    }

    @Override
    public Chrome frameFor(SignedInMember member, CsrfToken csrf) {
        return new Chrome(site.name(), nav(), member == null ? null : member.displayName(),
                member != null && member.isStaff(),
                member != null && (member.hasRole(Role.MODERATOR) || member.hasRole(Role.ADMIN)),
                csrf, assets(), member != null && member.hasRole(Role.WRITER), words, breaking.now().orElse(null));
    }

    /** Everything but the member's name and the CSRF token. */
    private record SharedPart(String siteName, List<Chrome.NavLink> sections, boolean signedIn, boolean newsroom,
                              boolean community, boolean writer, Chrome.Assets assets, BreakingNews.Banner banner) {
    }

    @Override
    public Object sharedPart(Object chrome) {
        Chrome c = (Chrome) chrome;
        return new SharedPart(c.siteName(), c.sections(), c.signedIn(), c.newsroom(), c.community(), c.writer(), c.assets(),
                c.banner());
    }

    @Override
    public Object withStandIns(Object chrome, String name, String token) {
        Chrome c = (Chrome) chrome;
        if (!c.signedIn()) {
            // anonymous pages show no form that needs a token (asking for one would start a session or a cookie)
            return new Chrome(c.siteName(), c.sections(), null, false, false, null, c.assets(), false, c.words(),
                    c.banner());
        }
        CsrfToken standIn = new DefaultCsrfToken(c.csrf().getHeaderName(), c.csrf().getParameterName(), token);
        return new Chrome(c.siteName(), c.sections(), name, c.newsroom(), c.community(), standIn, c.assets(), c.writer(),
                c.words(), c.banner());
    }

    /**
     * The masthead's links, built again only when the directory's list is a new one: every page asks for them, and
     * building them per request also made each shared article page's key compare freshly built strings (JFR).
     */
    private List<Chrome.NavLink> nav() {
        List<Section> all = sections.all();
        Nav built = nav;
        if (built == null || built.from() != all) {
            built = new Nav(all, all.stream().map(s -> new Chrome.NavLink(s.name(), s.path())).toList());
            nav = built;
        }
        return built.links();
    }

    /** The links and the list they were built from, compared by identity: a refreshed list is a new object. */
    private record Nav(List<Section> from, List<Chrome.NavLink> links) {
    }

    private Chrome.Assets assets() {
        if (assets == null) {
            assets = new Chrome.Assets(versioned("/css/site.css"), versioned("/css/admin.css"));
        }
        return assets;
    }

    private String versioned(String path) {
        String url = resources.getObject().getForLookupPath(path);
        return url != null ? url : path;
    }
}
