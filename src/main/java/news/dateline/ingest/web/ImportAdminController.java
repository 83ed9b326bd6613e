package news.dateline.ingest.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import news.dateline.ingest.ArticleImporter;
import news.dateline.ingest.ImportException;
import news.dateline.ingest.StoredArticle;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The newsroom's import page: upload scraped pages (.txt) or ninjs (.json), several at once. Each file gets
 * its own line in the result; a bad file stores nothing and does not stop the others.
 */
@Controller
class ImportAdminController {

    private final ArticleImporter importer;

    ImportAdminController(ArticleImporter importer) {
        this.importer = importer;
    }

    @GetMapping("/admin/import")
    String form(Model model) {
        model.addAttribute("title", "Import");
        model.addAttribute("results", List.of());
        return "admin/ingest/import";
    }

    @PostMapping("/admin/import")
    String upload(@RequestParam("files") List<MultipartFile> files, @RequestParam(defaultValue = "false") boolean publish,
                  Model model) {
        List<ImportResult> results = new ArrayList<>();
        for (MultipartFile file : files) {
            if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                continue;
            }
            results.add(importOne(file, publish));
        }
        if (results.isEmpty()) {
            results.add(new ImportResult("", false, "Choose at least one file to import.", null));
        }
        model.addAttribute("title", "Import");
        model.addAttribute("results", results);
        return "admin/ingest/import";
    }

    private ImportResult importOne(MultipartFile file, boolean publish) {
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        try {
            String content = StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(file.getBytes())).toString();
            StoredArticle stored = importer.importText(name, content, publish);
            return new ImportResult(name, true, stored.created() ? "Imported as article " + stored.id()
                    : "Already imported as article " + stored.id(), "/admin/articles/" + stored.id());
        } catch (CharacterCodingException e) {
            return new ImportResult(name, false, name + ": is not UTF-8 text", null);
        } catch (ImportException e) {
            return new ImportResult(name, false, e.getMessage(), null);
        } catch (IOException e) {
            return new ImportResult(name, false, name + ": could not be read", null);
        }
    }
}
