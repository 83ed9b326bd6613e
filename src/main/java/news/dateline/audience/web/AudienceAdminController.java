package news.dateline.audience.web;

import news.dateline.audience.AudienceReports;
import news.dateline.audience.Csv;
import news.dateline.audience.ReportTable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The newsroom's audience pages ({@code /admin/audience}, editors and admins, as all of {@code /admin}): the
 * overview, a story's page, and each of their tables as CSV.
 */
@Controller
class AudienceAdminController {

    private final AudienceReports reports;

    AudienceAdminController(AudienceReports reports) {
        this.reports = reports;
    }

    @GetMapping("/admin/audience")
    String overview(Model model) {
        model.addAttribute("title", "Audience");
        model.addAttribute("overview", reports.overview());
        return "admin/audience/overview";
    }

    @GetMapping("/admin/audience/articles/{id:\\d+}")
    String article(@PathVariable long id, Model model) {
        var report = reports.article(id);
        model.addAttribute("title", "Audience: " + report.headline());
        model.addAttribute("report", report);
        return "admin/audience/article";
    }

    @GetMapping("/admin/audience/{table:[a-z]+}.csv")
    ResponseEntity<String> overviewCsv(@PathVariable String table) {
        return csv(reports.table(null, table), "audience-" + table);
    }

    @GetMapping("/admin/audience/articles/{id:\\d+}/{table:[a-z]+}.csv")
    ResponseEntity<String> articleCsv(@PathVariable long id, @PathVariable String table) {
        return csv(reports.table(id, table), "audience-article" + id + "-" + table);
    }

    private static ResponseEntity<String> csv(ReportTable table, String file) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + ".csv\"")
                .body(Csv.of(table));
    }
}
