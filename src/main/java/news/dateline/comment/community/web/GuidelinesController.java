package news.dateline.comment.community.web;

import news.dateline.comment.community.CommunityGuidelines;
import news.dateline.site.PageMeta;
import news.dateline.site.SiteProperties;
import news.dateline.site.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The community guidelines for readers, at {@code /community-guidelines}; the comment section links here. */
@Controller
class GuidelinesController {

    static final String PATH = "/community-guidelines";

    private final CommunityGuidelines guidelines;
    private final SiteProperties site;
    private final Words words;

    GuidelinesController(CommunityGuidelines guidelines, SiteProperties site, Words words) {
        this.words = words;
        this.guidelines = guidelines;
        this.site = site;
    }

    @GetMapping(PATH)
    String show(Model model) {
        model.addAttribute("meta", PageMeta.simple(words.get("guidelines.title"),
                words.get("guidelines.description", site.name()), site.absolute(PATH)));
        model.addAttribute("guidelinesHtml", guidelines.html());
        return "comment/guidelines";
    }
}
