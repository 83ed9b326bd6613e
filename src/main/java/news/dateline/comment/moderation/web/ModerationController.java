package news.dateline.comment.moderation.web;

import news.dateline.site.PageNumber;
import java.time.Duration;
import java.util.List;

import news.dateline.comment.moderation.LiveQueues;
import news.dateline.comment.moderation.Moderation;
import news.dateline.comment.moderation.Moderator;
import news.dateline.comment.moderation.Queue;
import news.dateline.live.LiveHub;
import news.dateline.member.Members;
import news.dateline.member.SignedInMember;
import news.dateline.site.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The moderation pages under {@code /admin/moderation} (moderators and admins): the queues with one-click and bulk
 * decisions, a member's record with the sanctions, and the log of every action.
 */
@Controller
class ModerationController {

    static final String NOTICE = "notice";
    /** The reasons offered when rejecting; the one chosen is mailed to the author. */
    static final List<String> REJECT_REASONS = List.of(
            "It is not in English.",
            "It is not written in full sentences.",
            "It is abusive.",
            "It attacks a person rather than arguing with what they say.",
            "It is spam or advertising.",
            "It is off topic.");

    private final Moderation moderation;
    private final ModerationViews views;
    private final Members members;
    private final LiveHub live;

    ModerationController(Moderation moderation, ModerationViews views, Members members, LiveHub live) {
        this.moderation = moderation;
        this.views = views;
        this.members = members;
        this.live = live;
    }

    @GetMapping("/admin/moderation")
    String queue(@RequestParam(required = false) String queue, @RequestParam(defaultValue = "1") @PageNumber int page,
                 Model model) {
        Queue current = Queue.of(queue);
        long liveFrom = live.lastId(LiveQueues.CHANNEL);
        var entries = moderation.queue(current, page);
        model.addAttribute("title", "Moderation: " + current.label());
        model.addAttribute("queues", List.of(Queue.values()));
        model.addAttribute("current", current);
        model.addAttribute("counts", moderation.counts());
        model.addAttribute("entries", views.entries(entries));
        model.addAttribute("page", Math.max(page, 1));
        model.addAttribute("more", entries.size() == Moderation.PAGE_SIZE);
        model.addAttribute("reasons", REJECT_REASONS);
        // the page's place in the moderation stream, read before the queue: nothing decided after it is missed
        model.addAttribute("liveFrom", liveFrom);
        return "admin/moderation/queue";
    }

    @PostMapping("/admin/moderation/comments/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(defaultValue = "pending") String back,
                   @AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
        int changed = moderation.approve(List.of(id), moderator(me));
        redirect.addFlashAttribute(NOTICE, changed > 0 ? "Comment " + id + " approved."
                : "Comment " + id + " was already decided; nothing changed.");
        return backTo(back);
    }

    @PostMapping("/admin/moderation/comments/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String note, @RequestParam(defaultValue = "pending") String back,
                  @AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
        int changed = moderation.reject(List.of(id), reasonWithNote(reason, note), moderator(me));
        redirect.addFlashAttribute(NOTICE, changed > 0 ? "Comment " + id + " rejected; its author has been told why."
                : "Comment " + id + " was already decided; nothing changed.");
        return backTo(back);
    }

    @PostMapping("/admin/moderation/comments/{id}/feature")
    String feature(@PathVariable long id, @RequestParam boolean featured,
                   @RequestParam(defaultValue = "approved") String back,
                   @AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
        moderation.feature(id, featured, moderator(me));
        redirect.addFlashAttribute(NOTICE, "Comment " + id + (featured ? " is featured." : " is no longer featured."));
        return backTo(back);
    }

    @PostMapping("/admin/moderation/bulk")
    String bulk(@RequestParam(name = "ids", required = false) List<Long> ids, @RequestParam String action,
                @RequestParam(required = false) String reason, @RequestParam(defaultValue = "pending") String back,
                @AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
        if (ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute(NOTICE, "Tick the comments to act on first.");
            return backTo(back);
        }
        int changed = switch (action) {
            case "approve" -> moderation.approve(ids, moderator(me));
            case "reject" -> moderation.reject(ids, reason, moderator(me));
            default -> -1;
        };
        if (changed < 0) {
            redirect.addFlashAttribute(NOTICE, "Choose approve or reject for the ticked comments.");
            return backTo(back);
        }
        redirect.addFlashAttribute(NOTICE, (action.equals("approve") ? "Approved " : "Rejected ") + changed + " of "
                + ids.size() + " comments" + (changed < ids.size() ? " (the others were already decided)." : "."));
        return backTo(back);
    }

    @GetMapping("/admin/moderation/members/{memberId}")
    String member(@PathVariable long memberId, Model model) {
        var member = members.find(memberId).orElseThrow(() -> new NotFoundException("member " + memberId));
        model.addAttribute("title", "Commenter: " + member.displayName());
        model.addAttribute("memberId", memberId);
        model.addAttribute("memberName", member.displayName());
        var standing = moderation.standing(memberId);
        model.addAttribute("standing", standing);
        model.addAttribute("standingWords", views.standing(standing));
        model.addAttribute("suspendedUntil", standing.suspendedUntil() == null ? null
                : views.date(standing.suspendedUntil()));
        model.addAttribute("entries", views.entries(moderation.byMember(memberId)));
        model.addAttribute("log", views.log(moderation.log(memberId, 1)));
        model.addAttribute("reasons", REJECT_REASONS);
        return "admin/moderation/member";
    }

    @PostMapping("/admin/moderation/members/{memberId}/warn")
    String warn(@PathVariable long memberId, @RequestParam String message, @AuthenticationPrincipal SignedInMember me,
                RedirectAttributes redirect) {
        if (message.isBlank()) {
            redirect.addFlashAttribute(NOTICE, "Write the message the member should read; nothing was sent.");
        } else {
            moderation.warn(memberId, message, moderator(me));
            redirect.addFlashAttribute(NOTICE, "Your message is on its way to the member.");
        }
        return "redirect:" + ModerationPaths.member(memberId);
    }

    @PostMapping("/admin/moderation/members/{memberId}/premoderate")
    String premoderate(@PathVariable long memberId, @RequestParam boolean on,
                       @AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
        moderation.premoderate(memberId, on, moderator(me));
        redirect.addFlashAttribute(NOTICE, on ? "Every new comment by this member now waits for a moderator."
                : "This member's comments are no longer pre-moderated.");
        return "redirect:" + ModerationPaths.member(memberId);
    }

    @PostMapping("/admin/moderation/members/{memberId}/suspend")
    String suspend(@PathVariable long memberId, @RequestParam int days, @AuthenticationPrincipal SignedInMember me,
                   RedirectAttributes redirect) {
        if (days < 0 || days > 3650) {
            redirect.addFlashAttribute(NOTICE, "A suspension lasts from 0 days (which lifts it) to 3650 days.");
            return "redirect:" + ModerationPaths.member(memberId);
        }
        moderation.suspend(memberId, Duration.ofDays(days), moderator(me));
        redirect.addFlashAttribute(NOTICE, days == 0 ? "The suspension is lifted."
                : "This member cannot comment for " + days + (days == 1 ? " day." : " days."));
        return "redirect:" + ModerationPaths.member(memberId);
    }

    @PostMapping("/admin/moderation/members/{memberId}/ban")
    String ban(@PathVariable long memberId, @RequestParam boolean on, @AuthenticationPrincipal SignedInMember me,
               RedirectAttributes redirect) {
        moderation.ban(memberId, on, moderator(me));
        redirect.addFlashAttribute(NOTICE, on ? "This member can no longer comment." : "The ban is lifted.");
        return "redirect:" + ModerationPaths.member(memberId);
    }

    @GetMapping("/admin/moderation/log")
    String log(@RequestParam(defaultValue = "1") @PageNumber int page, Model model) {
        var log = moderation.log(null, page);
        model.addAttribute("title", "Moderation log");
        model.addAttribute("log", views.log(log));
        model.addAttribute("page", Math.max(page, 1));
        model.addAttribute("more", log.size() == Moderation.PAGE_SIZE);
        return "admin/moderation/log";
    }

    private static Moderator moderator(SignedInMember me) {
        return new Moderator(me.memberId(), me.displayName());
    }

    private static String reasonWithNote(String reason, String note) {
        String base = reason == null ? "" : reason.strip();
        String extra = note == null ? "" : note.strip();
        return (base + (base.isEmpty() || extra.isEmpty() ? "" : " ") + extra).strip();
    }

    private static String backTo(String queue) {
        if (queue.matches("member-\\d{1,18}")) {
            return "redirect:" + ModerationPaths.member(Long.parseLong(queue.substring("member-".length())));
        }
        return "redirect:" + ModerationPaths.queue(Queue.of(queue));
    }
}
