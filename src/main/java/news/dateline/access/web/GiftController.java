package news.dateline.access.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import news.dateline.access.GiftLinks;
import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleSummary;
import news.dateline.member.SignedInMember;
import news.dateline.site.PageMeta;
import news.dateline.site.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A subscriber's gift links: "Gift this story" on a paywalled article makes one ({@code POST /account/gifts}), and
 * {@code /account/gifts} shows the new link once (it is stored only hashed) and the month's gifts with their opens.
 */
@Controller
class GiftController {

    private final GiftLinks gifts;
    private final ArticleQueries articles;
    private final Words words;

    GiftController(GiftLinks gifts, ArticleQueries articles, Words words) {
        this.words = words;
        this.gifts = gifts;
        this.articles = articles;
    }

    @PostMapping("/account/gifts")
    String give(@AuthenticationPrincipal SignedInMember member, @RequestParam long articleId,
                RedirectAttributes redirect) {
        try {
            GiftLinks.Gift gift = gifts.give(member.memberId(), articleId);
            redirect.addFlashAttribute("link", gift.url());
            redirect.addFlashAttribute("notice", words.get("gifts.notice.ready", gift.headline(), gift.left()));
        } catch (GiftLinks.GiftException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/account/gifts";
    }

    @GetMapping("/account/gifts")
    String mine(@AuthenticationPrincipal SignedInMember member, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "private, no-store");
        List<GiftLinks.Given> given = gifts.givenThisMonth(member.memberId());
        Map<Long, ArticleSummary> byId = articles.publishedSummaries(given.stream().map(GiftLinks.Given::articleId)
                .distinct().toList()).stream().collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
        model.addAttribute("meta", PageMeta.unlisted(words.get("gifts.title")));
        model.addAttribute("left", gifts.left(member.memberId()));
        model.addAttribute("days", gifts.lifetime().toDays());
        model.addAttribute("gifts", given.stream().map(g -> {
            ArticleSummary article = byId.get(g.articleId());
            return new GiftRow(article == null ? words.get("gifts.table.unpublished") : article.headline(),
                    article == null ? null : article.path(), words.date(g.createdAt()), words.date(g.expiresAt()),
                    g.opened());
        }).toList());
        return "access/gifts";
    }
}
