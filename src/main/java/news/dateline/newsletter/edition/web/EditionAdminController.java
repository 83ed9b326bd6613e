package news.dateline.newsletter.edition.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.dateline.newsletter.Newsletters;
import news.dateline.newsletter.edition.Edition;
import news.dateline.newsletter.edition.Editions;
import news.dateline.newsletter.edition.InvalidEditionException;
import news.dateline.newsletter.feedback.Suppressions;
import news.dateline.newsletter.web.NewsletterPaths;
import news.dateline.site.AcceptedDates;
import news.dateline.site.NotFoundException;
import news.dateline.site.SiteProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A newsletter's editions for the newsroom: write, preview, test, schedule or send now, and follow delivery. */
@Controller
class EditionAdminController {

    // an article id on its own, or the one at the end of an article URL (/section/slug/article123)
    private static final Pattern ARTICLE = Pattern.compile("(?:article)?(\\d+)\\s*$");

    private final Editions editions;
    private final Newsletters newsletters;
    private final SiteProperties site;
    private final Suppressions suppressions;

    EditionAdminController(Editions editions, Newsletters newsletters, SiteProperties site, Suppressions suppressions) {
        this.suppressions = suppressions;
        this.editions = editions;
        this.newsletters = newsletters;
        this.site = site;
    }

    @GetMapping("/admin/newsletters/{id}/editions")
    String list(@PathVariable long id, Model model) {
        var newsletter = newsletters.get(id);
        model.addAttribute("title", "Editions of " + newsletter.name());
        model.addAttribute("newsletter", newsletter);
        model.addAttribute("editions", editions.of(id));
        model.addAttribute("site", site);
        return "admin/newsletter/editions";
    }

    @PostMapping("/admin/newsletters/{id}/editions")
    String create(@PathVariable long id, @RequestParam(defaultValue = "") String subject,
                  @RequestParam(defaultValue = "") String intro, @RequestParam(defaultValue = "") String articles,
                  RedirectAttributes redirect) {
        try {
            Edition edition = editions.create(id, subject, intro, articleIds(articles));
            return "redirect:" + NewsletterPaths.edition(id, edition.id());
        } catch (InvalidEditionException e) {
            redirect.addFlashAttribute("notice", e.getMessage());
            return "redirect:" + NewsletterPaths.editions(id);
        }
    }

    @GetMapping("/admin/newsletters/{id}/editions/{editionId}")
    String show(@PathVariable long id, @PathVariable long editionId, Model model) {
        Edition edition = edition(id, editionId);
        model.addAttribute("title", edition.subject());
        model.addAttribute("newsletter", newsletters.get(id));
        model.addAttribute("edition", edition);
        model.addAttribute("articles", editions.articles(edition));
        model.addAttribute("articleList", String.join("\n", edition.articleIds().stream().map(String::valueOf).toList()));
        addProgress(model, editionId);
        return "admin/newsletter/edition";
    }

    @GetMapping("/admin/newsletters/{id}/editions/{editionId}/progress")
    String progress(@PathVariable long id, @PathVariable long editionId, Model model) {
        model.addAttribute("edition", edition(id, editionId));
        addProgress(model, editionId);
        return "admin/newsletter/progress";
    }

    @GetMapping("/admin/newsletters/{id}/editions/{editionId}/preview")
    ResponseEntity<String> preview(@PathVariable long id, @PathVariable long editionId) {
        edition(id, editionId);
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML)
                .body(editions.previewHtml(editionId, "reader@example.com"));
    }

    @PostMapping("/admin/newsletters/{id}/editions/{editionId}")
    String update(@PathVariable long id, @PathVariable long editionId, @RequestParam(defaultValue = "") String subject,
                  @RequestParam(defaultValue = "") String intro, @RequestParam(defaultValue = "") String articles,
                  RedirectAttributes redirect) {
        edition(id, editionId);
        return act(id, editionId, redirect, "Saved.", () -> editions.update(editionId, subject, intro, articleIds(articles)));
    }

    @PostMapping("/admin/newsletters/{id}/editions/{editionId}/test")
    String test(@PathVariable long id, @PathVariable long editionId, @RequestParam(defaultValue = "") String address,
                RedirectAttributes redirect) {
        edition(id, editionId);
        return act(id, editionId, redirect, "Test sent to " + address + ".", () -> editions.sendTest(editionId, address));
    }

    @PostMapping("/admin/newsletters/{id}/editions/{editionId}/send")
    String send(@PathVariable long id, @PathVariable long editionId, @RequestParam(defaultValue = "") String at,
                RedirectAttributes redirect) {
        edition(id, editionId);
        if (at.isBlank()) {
            return act(id, editionId, redirect, "Sending now.", () -> editions.sendNow(editionId));
        }
        try {
            Instant when = AcceptedDates.parseLocal(at, site.zone());
            return act(id, editionId, redirect, "Scheduled for " + at.replace('T', ' ') + ".",
                    () -> editions.schedule(editionId, when));
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("notice", "\"" + at + "\" is not a date and time.");
            return "redirect:" + NewsletterPaths.edition(id, editionId);
        }
    }

    private void addProgress(Model model, long editionId) {
        var progress = editions.progress(editionId);
        model.addAttribute("progress", progress);
        model.addAttribute("site", site);
        model.addAttribute("feedback", suppressions.ofEdition(editionId, progress.sent()));
    }

    private String act(long id, long editionId, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
        } catch (InvalidEditionException e) {
            redirect.addFlashAttribute("notice", e.getMessage());
        }
        return "redirect:" + NewsletterPaths.edition(id, editionId);
    }

    private Edition edition(long newsletterId, long editionId) {
        Edition edition = editions.get(editionId);
        if (edition.newsletterId() != newsletterId) {
            throw new NotFoundException("edition " + editionId + " of newsletter " + newsletterId);
        }
        return edition;
    }

    /** Article ids or URLs, one per line or separated by commas or spaces. */
    static List<Long> articleIds(String text) {
        List<Long> ids = new ArrayList<>();
        for (String item : text.split("[\\s,]+")) {
            if (item.isBlank()) {
                continue;
            }
            Matcher m = ARTICLE.matcher(item.replaceAll("[?#].*$", "").replaceAll("/+$", ""));
            if (!m.find()) {
                throw new InvalidEditionException("\"" + item + "\" is neither an article id nor an article URL.");
            }
            long id = Long.parseLong(m.group(1));
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }
}
