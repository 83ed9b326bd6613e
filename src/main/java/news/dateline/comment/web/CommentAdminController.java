package news.dateline.comment.web;

import news.dateline.article.ArticleQueries;
import news.dateline.comment.Comments;
import news.dateline.member.SignedInMember;
import news.dateline.site.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The newsroom's comment actions on an article (editors and admins: under {@code /admin}): close and reopen. */
@Controller
class CommentAdminController {

    private final Comments comments;
    private final ArticleQueries articles;

    CommentAdminController(Comments comments, ArticleQueries articles) {
        this.comments = comments;
        this.articles = articles;
    }

    @PostMapping("/admin/comments/articles/{articleId}/closed")
    String setClosed(@PathVariable long articleId, @RequestParam boolean closed,
                     @AuthenticationPrincipal SignedInMember editor, RedirectAttributes redirect) {
        var article = articles.published(articleId).orElseThrow(() -> new NotFoundException("article " + articleId));
        comments.setClosed(articleId, closed, editor.memberId());
        redirect.addFlashAttribute(CommentSections.NOTICE, closed ? "Comments are now closed on this article."
                : "Comments are open again on this article.");
        return "redirect:" + article.path() + "#comments";
    }
}
