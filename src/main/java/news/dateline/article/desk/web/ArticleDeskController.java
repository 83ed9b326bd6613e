package news.dateline.article.desk.web;

import news.dateline.article.desk.Desks;
import news.dateline.article.review.Actor;
import news.dateline.article.review.ReviewService;
import news.dateline.member.SignedInMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The editor's Desk box: whoever may edit the article (its writer, any editor) chooses its desk. */
@Controller
class ArticleDeskController {

    private final Desks desks;
    private final ReviewService reviews;

    ArticleDeskController(Desks desks, ReviewService reviews) {
        this.desks = desks;
        this.reviews = reviews;
    }

    @PostMapping("/admin/articles/{id}/desk")
    String setDesk(@PathVariable long id, @RequestParam(required = false) Long deskId,
                   @AuthenticationPrincipal SignedInMember member, RedirectAttributes redirect) {
        reviews.checkMayEdit(Actor.of(member), id);
        desks.setArticleDesk(id, deskId);
        redirect.addFlashAttribute("notice", deskId == null ? "The article is on no desk." : "Desk set.");
        return "redirect:/admin/articles/" + id;
    }
}
