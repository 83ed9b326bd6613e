package news.dateline.access.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import news.dateline.access.GiftLinks;
import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The newsroom's view of gift links ({@code /admin/gifts}): given, opened, and the registrations they brought. */
@Controller
class GiftAdminController {

    private static final int TOP = 20;

    private final GiftLinks gifts;
    private final ArticleQueries articles;
    private final Clock clock;

    GiftAdminController(GiftLinks gifts, ArticleQueries articles, Clock clock) {
        this.gifts = gifts;
        this.articles = articles;
        this.clock = clock;
    }

    @GetMapping("/admin/gifts")
    String overview(Model model) {
        Instant monthStart = gifts.monthStart(clock.instant());
        List<GiftLinks.ArticleGifts> top = gifts.topArticlesSince(monthStart, TOP);
        Map<Long, ArticleSummary> byId = articles.publishedSummaries(top.stream()
                .map(GiftLinks.ArticleGifts::articleId).toList()).stream()
                .collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
        model.addAttribute("title", "Gift links");
        model.addAttribute("month", gifts.totalsSince(monthStart));
        model.addAttribute("ever", gifts.totalsSince(Instant.EPOCH));
        model.addAttribute("top", top.stream().map(t -> {
            ArticleSummary a = byId.get(t.articleId());
            return new GiftTopRow(a == null ? "Article " + t.articleId() : a.headline(), a == null ? null : a.path(),
                    t.given(), t.opens(), t.registrations());
        }).toList());
        return "admin/access/gifts";
    }
}
