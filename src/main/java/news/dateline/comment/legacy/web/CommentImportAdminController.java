package news.dateline.comment.legacy.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import news.dateline.article.DateLineFormat;
import news.dateline.comment.legacy.ImportProgress;
import news.dateline.comment.legacy.ImportReport;
import news.dateline.comment.legacy.LegacyCommentImports;
import news.dateline.comment.legacy.LegacyImportException;
import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The newsroom's comment import: upload an earlier platform's export (Disqus XML, CSV or JSON) and see the recent
 * runs with their counts and rejected rows. Larger files go through the command line (import-comments).
 */
@Controller
class CommentImportAdminController {

    private static final int RUNS_SHOWN = 20;

    private final LegacyCommentImports imports;
    private final DateLineFormat format;

    CommentImportAdminController(LegacyCommentImports imports, SiteProperties site) {
        this.imports = imports;
        this.format = new DateLineFormat(site.zone(), site.zoneLabel());
    }

    @GetMapping("/admin/community/import")
    String page(Model model) {
        List<ImportRunRow> runs = imports.recentRuns(RUNS_SHOWN).stream().map(r -> ImportRunRow.of(r, format)).toList();
        model.addAttribute("title", "Import comments");
        model.addAttribute("runs", runs);
        return "admin/comment/import";
    }

    @PostMapping("/admin/community/import")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String source,
                  RedirectAttributes redirect) {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                : file.getOriginalFilename();
        try (InputStream in = file.getInputStream()) {
            ImportReport r = imports.run(name, source, in, ImportProgress.NONE).report();
            redirect.addFlashAttribute("notice", "%s: read %d, imported %d, updated %d, unchanged %d, rejected %d."
                    .formatted(name, r.read(), r.imported(), r.updated(), r.unchanged(), r.rejected()));
        } catch (LegacyImportException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            redirect.addFlashAttribute("error", name + ": the upload could not be read.");
        }
        return "redirect:/admin/community/import";
    }
}
