package news.dateline.comment.legacy.web;

import news.dateline.site.PageNumber;
import java.io.IOException;
import java.io.InputStream;

import news.dateline.comment.legacy.LegacyArticles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The newsroom's list of earlier articles mapped to current ones: add, change, remove, or upload a CSV. */
@Controller
class LegacyArticleAdminController {

    private static final String PAGE = "redirect:/admin/community/legacy-articles";
    private static final int PAGE_SIZE = 100;

    private final LegacyArticles legacyArticles;

    LegacyArticleAdminController(LegacyArticles legacyArticles) {
        this.legacyArticles = legacyArticles;
    }

    @GetMapping("/admin/community/legacy-articles")
    String list(@RequestParam(defaultValue = "1") @PageNumber int page, Model model) {
        int p = Math.max(page, 1);
        var rows = legacyArticles.page(PAGE_SIZE, (p - 1) * PAGE_SIZE);
        model.addAttribute("title", "Earlier platform's articles");
        model.addAttribute("mappings", rows.rows());
        model.addAttribute("total", rows.total());
        model.addAttribute("nextPage", rows.total() > (long) p * PAGE_SIZE
                ? "/admin/community/legacy-articles?page=" + (p + 1) : null);
        return "admin/comment/legacy-articles";
    }

    @PostMapping("/admin/community/legacy-articles")
    String put(@RequestParam String legacyKey, @RequestParam String article, RedirectAttributes redirect) {
        String problem = legacyArticles.put(legacyKey, article);
        redirect.addFlashAttribute(problem == null ? "notice" : "error",
                problem == null ? "Saved: " + legacyKey.strip() + " is article " + article.strip() + "." : problem);
        return PAGE;
    }

    @PostMapping("/admin/community/legacy-articles/remove")
    String remove(@RequestParam String legacyKey, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", legacyArticles.remove(legacyKey) ? "Removed " + legacyKey + "." : "Already gone.");
        return PAGE;
    }

    @PostMapping("/admin/community/legacy-articles/upload")
    String upload(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        try (InputStream in = file.getInputStream()) {
            LegacyArticles.CsvResult result = legacyArticles.importCsv(in);
            redirect.addFlashAttribute("notice", "Added %d, changed %d.".formatted(result.added(), result.changed()));
            redirect.addFlashAttribute("problems", result.problems());
        }
        return PAGE;
    }
}
