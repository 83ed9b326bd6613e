package news.dateline.comment.community.web;

import news.dateline.comment.community.CommunityGuidelines;
import news.dateline.site.PageMeta;
import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The community guidelines for readers, at {@code /community-guidelines}; the comment section links here. */
@Controller
class GuidelinesController {

    static final String PATH = "/community-guidelines";

    private final CommunityGuidelines guidelines;
    private final SiteProperties site;

    GuidelinesController(CommunityGuidelines guidelines, SiteProperties site) {
        this.guidelines = guidelines;
        this.site = site;
    }

    @GetMapping(PATH)
    String show(Model model) {
        model.addAttribute("meta", PageMeta.simple("Community guidelines",
                "What we ask of everyone who comments on " + site.name() + ".", site.absolute(PATH)));
        model.addAttribute("guidelinesHtml", guidelines.html());
        return "comment/guidelines";
    }
}
