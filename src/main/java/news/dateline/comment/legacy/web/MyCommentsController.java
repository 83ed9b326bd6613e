package news.dateline.comment.legacy.web;

import news.dateline.site.PageNumber;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleSummary;
import news.dateline.article.DateLineFormat;
import news.dateline.comment.legacy.MemberComments;
import news.dateline.member.SignedInMember;
import news.dateline.site.PageMeta;
import news.dateline.site.SiteProperties;
import news.dateline.site.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "My comments" on the account: the member's comments here and from the earlier platform, newest first. */
@Controller
class MyCommentsController {

    private final MemberComments memberComments;
    private final ArticleQueries articles;
    private final DateLineFormat format;
    private final Words words;

    MyCommentsController(MemberComments memberComments, ArticleQueries articles, SiteProperties site, Words words) {
        this.words = words;
        this.memberComments = memberComments;
        this.articles = articles;
        this.format = DateLineFormat.forReaders(words, site.zoneLabel());
    }

    @GetMapping("/account/comments")
    String myComments(@AuthenticationPrincipal SignedInMember member, @RequestParam(defaultValue = "1") @PageNumber int page,
                      HttpServletResponse response, Model model) {
        if (member == null) {
            return "redirect:/signin";
        }
        MemberComments.Page found = memberComments.page(member.memberId(), page);
        Map<Long, ArticleSummary> byId = articles.publishedSummaries(
                        found.comments().stream().map(c -> c.articleId()).distinct().toList())
                .stream().collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
        List<MyCommentRow> rows = found.comments().stream()
                .map(c -> MyCommentRow.of(c, byId.get(c.articleId()), format)).toList();
        response.setHeader("Cache-Control", "private, no-store");
        model.addAttribute("meta", PageMeta.unlisted(words.get("account.links.comments")));
        model.addAttribute("rows", rows);
        model.addAttribute("previousPage", found.page() > 1 ? "/account/comments?page=" + (found.page() - 1) : null);
        model.addAttribute("nextPage", found.hasMore() ? "/account/comments?page=" + (found.page() + 1) : null);
        return "comment/mine";
    }
}
