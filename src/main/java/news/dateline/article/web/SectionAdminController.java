package news.dateline.article.web;

import news.dateline.article.InvalidArticleException;
import news.dateline.article.SectionDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The newsroom's sections: the parts of the paper, in navigation order. */
@Controller
class SectionAdminController {

    private final SectionDirectory sections;

    SectionAdminController(SectionDirectory sections) {
        this.sections = sections;
    }

    @GetMapping("/admin/sections")
    String list(Model model) {
        return page(model, "", "", null);
    }

    @PostMapping("/admin/sections")
    String add(@RequestParam String name, @RequestParam(defaultValue = "") String slug, Model model,
               RedirectAttributes redirect) {
        try {
            var section = sections.add(name, slug);
            redirect.addFlashAttribute("notice", "Section " + section.name() + " added at " + section.path() + ".");
            return "redirect:/admin/sections";
        } catch (InvalidArticleException e) {
            return page(model, name, slug, e.getMessage());
        }
    }

    private String page(Model model, String name, String slug, String error) {
        model.addAttribute("title", "Sections");
        model.addAttribute("sections", sections.all());
        model.addAttribute("name", name);
        model.addAttribute("slug", slug);
        model.addAttribute("error", error);
        return "admin/article/sections";
    }
}
