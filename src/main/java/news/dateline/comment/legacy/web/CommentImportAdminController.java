package news.dateline.comment.legacy.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import news.dateline.article.DateLineFormat;
import news.dateline.comment.legacy.ImportProgress;
import news.dateline.comment.legacy.ImportReport;
import news.dateline.comment.legacy.LegacyCommentImports;
import news.dateline.comment.legacy.LegacyImportException;
import news.dateline.member.Role;
import news.dateline.member.SignedInMember;
import news.dateline.site.SiteProperties;
import news.dateline.web.OversizedUploadPage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.ModelAndView;

/**
 * The newsroom's comment import: upload an earlier platform's export (Disqus XML, CSV or JSON) and see the recent
 * runs with their counts and rejected rows. Larger files go through the command line (import-comments): an upload
 * over {@code spring.servlet.multipart.max-file-size} gets this page saying so ({@link OversizedUploadPage}).
 */
@Controller
class CommentImportAdminController implements OversizedUploadPage {

    private static final String PATH = "/admin/community/import";
    private static final int RUNS_SHOWN = 20;

    private final LegacyCommentImports imports;
    private final DateLineFormat format;
    private final String uploadLimit;

    CommentImportAdminController(LegacyCommentImports imports, SiteProperties site,
                                 ObjectProvider<MultipartProperties> multipart) {
        this.imports = imports;
        this.format = new DateLineFormat(site.zone(), site.zoneLabel());
        // Boot's multipart settings exist only in a web application; the jobs and commands run without one
        this.uploadLimit = multipart.getIfAvailable(MultipartProperties::new).getMaxFileSize().toMegabytes() + " MB";
    }

    @GetMapping(PATH)
    String page(Model model) {
        model.addAttribute("title", "Import comments");
        model.addAttribute("runs", runs());
        return "admin/comment/import";
    }

    /** The import page itself, naming the limit and the command, for moderators and admins (as the page is). */
    @Override
    public Optional<ModelAndView> tooLarge(String path, SignedInMember member) {
        boolean allowed = member != null && (member.hasRole(Role.MODERATOR) || member.hasRole(Role.ADMIN));
        if (!PATH.equals(path) || !allowed) {
            return Optional.empty();
        }
        ModelAndView view = new ModelAndView("admin/comment/import");
        view.addObject("title", "Import comments");
        view.addObject("runs", runs());
        view.addObject("tooLarge", uploadLimit);
        return Optional.of(view);
    }

    private List<ImportRunRow> runs() {
        return imports.recentRuns(RUNS_SHOWN).stream().map(r -> ImportRunRow.of(r, format)).toList();
    }

    @PostMapping(PATH)
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String source,
                  RedirectAttributes redirect) {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                : file.getOriginalFilename();
        try (InputStream in = file.getInputStream()) {
            ImportReport r = imports.run(name, source, in, ImportProgress.NONE).report();
            redirect.addFlashAttribute("notice", "%s: read %d, imported %d, updated %d, unchanged %d, rejected %d%s."
                    .formatted(name, r.read(), r.imported(), r.updated(), r.unchanged(), r.rejected(),
                            r.keptModerated() > 0 ? "; " + r.keptModerated() + " left as a moderator decided" : ""));
        } catch (LegacyImportException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            redirect.addFlashAttribute("error", name + ": the upload could not be read.");
        }
        return "redirect:/admin/community/import";
    }
}
