package news.dateline.article.correction.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleSummary;
import news.dateline.article.correction.Correction;
import news.dateline.article.correction.CorrectionNotes;
import news.dateline.article.correction.Corrections;
import news.dateline.site.PageMeta;
import news.dateline.site.PageNumber;
import news.dateline.site.SiteProperties;
import news.dateline.site.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /corrections}: the newest corrections and clarifications, each with the article it belongs to. */
@Controller
class CorrectionsPageController {

    private static final int PAGE_SIZE = 30;

    private final Corrections corrections;
    private final CorrectionNotes notes;
    private final ArticleQueries articles;
    private final SiteProperties site;
    private final Words words;

    CorrectionsPageController(Corrections corrections, CorrectionNotes notes, ArticleQueries articles,
                              SiteProperties site, Words words) {
        this.words = words;
        this.corrections = corrections;
        this.notes = notes;
        this.articles = articles;
        this.site = site;
    }

    @GetMapping("/corrections")
    String list(@RequestParam(defaultValue = "1") @PageNumber int page, Model model) {
        int number = Math.max(page, 1);
        List<Correction> found = corrections.newest(PAGE_SIZE + 1, (number - 1) * PAGE_SIZE);
        boolean more = found.size() > PAGE_SIZE;
        List<Correction> shown = more ? found.subList(0, PAGE_SIZE) : found;
        // only notes on articles readers can open are listed (an unpublished article keeps its notes out of sight)
        Map<Long, ArticleSummary> published = articles.publishedSummaries(shown.stream().map(Correction::articleId)
                .distinct().toList()).stream().collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
        List<CorrectionsPage.Item> items = shown.stream().filter(c -> published.containsKey(c.articleId()))
                .map(c -> new CorrectionsPage.Item(notes.note(c), published.get(c.articleId()).headline(),
                        published.get(c.articleId()).path()))
                .toList();
        model.addAttribute("corrections", new CorrectionsPage(items,
                number > 1 ? "/corrections?page=" + (number - 1) : null, more ? "/corrections?page=" + (number + 1) : null));
        model.addAttribute("meta", PageMeta.simple(words.get("corrections.heading"),
                words.get("corrections.description", site.name()), site.absolute("/corrections")));
        return "article/corrections-page";
    }
}
