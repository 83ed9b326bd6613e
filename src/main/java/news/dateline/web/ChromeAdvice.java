package news.dateline.web;

import java.util.Arrays;

import news.dateline.article.SectionDirectory;
import news.dateline.member.SignedInMember;
import news.dateline.site.SiteProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Puts the {@link Chrome} into the model of every page; error pages ask {@link #chrome} themselves. */
@ControllerAdvice
class ChromeAdvice {

    private final SiteProperties site;
    private final SectionDirectory sections;

    // looked up when a page is first rendered: command-line subcommands run without a web server, hence without one
    private final ObjectProvider<ResourceUrlProvider> resources;
    private volatile Chrome.Assets assets;

    ChromeAdvice(SiteProperties site, SectionDirectory sections, ObjectProvider<ResourceUrlProvider> resources) {
        this.site = site;
        this.sections = sections;
        this.resources = resources;
    }

    @ModelAttribute("chrome")
    Chrome chrome(@AuthenticationPrincipal SignedInMember member, CsrfToken csrf) {
        var nav = sections.all().stream().map(s -> new Chrome.NavLink(s.name(), s.path())).toList();
        return new Chrome(site.name(), nav, member == null ? null : member.displayName(),
                hasAnyRole(member, "ROLE_EDITOR", "ROLE_ADMIN"), hasAnyRole(member, "ROLE_MODERATOR", "ROLE_ADMIN"),
                csrf, assets(), hasAnyRole(member, "ROLE_WRITER"));
    }

    private static boolean hasAnyRole(SignedInMember member, String... roles) {
        return member != null && member.getAuthorities().stream()
                .anyMatch(a -> Arrays.asList(roles).contains(a.getAuthority()));
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
