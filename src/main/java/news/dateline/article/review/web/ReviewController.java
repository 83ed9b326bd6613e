package news.dateline.article.review.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import news.dateline.article.InvalidArticleException;
import news.dateline.article.review.Actor;
import news.dateline.article.review.ReviewService;
import news.dateline.member.Member;
import news.dateline.member.Members;
import news.dateline.member.Role;
import news.dateline.member.SignedInMember;
import news.dateline.site.AcceptedDates;
import news.dateline.site.SiteProperties;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review box of the editor: submit (writers and editors), approve, send back, assign, embargo (editors only,
 * also by URL in {@code web.SecurityConfiguration}). Each answers with the editor page and a notice or an error.
 */
@Controller
class ReviewController {

    private final ReviewService reviews;
    private final Members members;
    private final SiteProperties site;

    ReviewController(ReviewService reviews, Members members, SiteProperties site) {
        this.reviews = reviews;
        this.members = members;
        this.site = site;
    }

    @PostMapping("/admin/articles/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(required = false) String note,
                  @AuthenticationPrincipal SignedInMember member, RedirectAttributes redirect) {
        return act(id, redirect, "Submitted for review.", () -> reviews.submit(Actor.of(member), id, note));
    }

    @PostMapping("/admin/articles/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String note,
                   @AuthenticationPrincipal SignedInMember member, RedirectAttributes redirect) {
        return act(id, redirect, "Approved: ready to schedule or publish.", () -> reviews.approve(Actor.of(member), id, note));
    }

    @PostMapping("/admin/articles/{id}/send-back")
    String sendBack(@PathVariable long id, @RequestParam(required = false) String note,
                    @AuthenticationPrincipal SignedInMember member, RedirectAttributes redirect) {
        return act(id, redirect, "Sent back to its writer as a draft.", () -> reviews.sendBack(Actor.of(member), id, note));
    }

    @PostMapping("/admin/articles/{id}/assign")
    String assign(@PathVariable long id, @RequestParam(required = false) Long memberId,
                  @AuthenticationPrincipal SignedInMember member, RedirectAttributes redirect) {
        if (memberId == null) {
            return act(id, redirect, "Unassigned.", () -> reviews.assign(Actor.of(member), id, null, null));
        }
        Member assignee = members.find(memberId).filter(ReviewController::inNewsroom).orElse(null);
        if (assignee == null) {
            redirect.addFlashAttribute("error", "Articles can only be assigned to newsroom staff.");
            return "redirect:/admin/articles/" + id;
        }
        return act(id, redirect, "Assigned to " + assignee.displayName() + ".",
                () -> reviews.assign(Actor.of(member), id, assignee.id(), assignee.displayName()));
    }

    @PostMapping("/admin/articles/{id}/embargo")
    String embargo(@PathVariable long id, @RequestParam(defaultValue = "") String until,
                   @RequestParam(required = false) String note,
                   @AuthenticationPrincipal SignedInMember member, RedirectAttributes redirect) {
        Instant at;
        try {
            at = until.isBlank() ? null : AcceptedDates.parseLocal(until, site.zone());
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("error", "Give the embargo's date and time, e.g. 2026-12-12T22:30.");
            return "redirect:/admin/articles/" + id;
        }
        return act(id, redirect, at == null ? "Embargo lifted." : "Embargo set.",
                () -> reviews.embargo(Actor.of(member), id, at, note));
    }

    private static boolean inNewsroom(Member member) {
        return member.isStaff() || member.roles().contains(Role.WRITER);
    }

    private static String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidArticleException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/articles/" + id;
    }
}
