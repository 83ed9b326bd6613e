package news.dateline.newsletter.web;

import java.util.List;

import news.dateline.article.SectionDirectory;
import news.dateline.newsletter.Cadence;
import news.dateline.newsletter.InvalidNewsletterException;
import news.dateline.newsletter.Newsletter;
import news.dateline.newsletter.NewsletterForm;
import news.dateline.newsletter.NewsletterKind;
import news.dateline.newsletter.Newsletters;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The newsroom's newsletters (editors and admins): list with subscriber counts and charts, create, edit. */
@Controller
class NewsletterAdminController {

    static final int CHART_DAYS = 30;

    private final Newsletters newsletters;
    private final SectionDirectory sections;

    NewsletterAdminController(Newsletters newsletters, SectionDirectory sections) {
        this.newsletters = newsletters;
        this.sections = sections;
    }

    @GetMapping("/admin/newsletters")
    String list(Model model) {
        List<Newsletter> all = newsletters.all();
        model.addAttribute("title", "Newsletters");
        model.addAttribute("newsletters", all);
        model.addAttribute("counts", newsletters.subscriberCounts());
        model.addAttribute("charts", all.stream()
                .map(n -> SubscriberChart.of(n.id(), n.name(), newsletters.history(n.id(), CHART_DAYS))).toList());
        return "admin/newsletter/list";
    }

    @GetMapping("/admin/newsletters/new")
    String create(Model model) {
        return form(model, null, NewsletterForm.blank(), null);
    }

    @GetMapping("/admin/newsletters/{id}")
    String edit(@PathVariable long id, Model model) {
        return form(model, id, NewsletterForm.of(newsletters.get(id)), null);
    }

    @PostMapping("/admin/newsletters")
    String save(@RequestParam(required = false) Long id, @RequestParam(defaultValue = "") String name,
                @RequestParam(defaultValue = "") String slug, @RequestParam(defaultValue = "") String description,
                @RequestParam(required = false) Cadence cadence, @RequestParam(required = false) NewsletterKind kind,
                @RequestParam(defaultValue = "") String senderName, @RequestParam(defaultValue = "") String replyTo,
                @RequestParam(defaultValue = "false") boolean active,
                @RequestParam(name = "sectionIds", required = false) List<Long> sectionIds,
                Model model, RedirectAttributes redirect) {
        NewsletterForm form = new NewsletterForm(name, slug, description, cadence, kind, senderName, replyTo, active,
                sectionIds == null ? List.of() : sectionIds);
        try {
            Newsletter saved = id == null ? newsletters.create(form) : newsletters.update(id, form);
            redirect.addFlashAttribute("notice", "Saved " + saved.name() + ".");
            return "redirect:/admin/newsletters";
        } catch (InvalidNewsletterException e) {
            return form(model, id, form, e.getMessage());
        }
    }

    private String form(Model model, Long id, NewsletterForm form, String error) {
        model.addAttribute("title", id == null ? "New newsletter" : "Edit " + form.name());
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("cadences", List.of(Cadence.values()));
        model.addAttribute("kinds", List.of(NewsletterKind.values()));
        model.addAttribute("sections", sections.all());
        return "admin/newsletter/form";
    }
}
