package news.dateline.live.banner.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;
import news.dateline.live.banner.BreakingBanners;
import news.dateline.live.blog.InvalidEntryException;
import news.dateline.member.SignedInMember;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/live/banner}: editors and admins put up or take down the breaking-news banner. */
@Controller
class BannerAdminController {

    private final BreakingBanners banners;

    BannerAdminController(BreakingBanners banners) {
        this.banners = banners;
    }

    @GetMapping("/admin/live/banner")
    String page(Model model) {
        return page(model, null, "", "", 60);
    }

    @PostMapping("/admin/live/banner")
    String put(@AuthenticationPrincipal SignedInMember editor, @RequestParam(defaultValue = "") String text,
               @RequestParam(defaultValue = "") String articleId, @RequestParam(defaultValue = "60") int minutes,
               Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            banners.put(editor, text, articleId, Duration.ofMinutes(minutes));
            redirect.addFlashAttribute("notice", "The banner is up.");
            return "redirect:/admin/live/banner";
        } catch (InvalidEntryException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, e.getMessage(), text, articleId, minutes);
        }
    }

    @PostMapping("/admin/live/banner/remove")
    String remove(@AuthenticationPrincipal SignedInMember editor, RedirectAttributes redirect) {
        banners.remove(editor);
        redirect.addFlashAttribute("notice", "The banner is down.");
        return "redirect:/admin/live/banner";
    }

    private String page(Model model, String error, String text, String articleId, int minutes) {
        model.addAttribute("title", "Breaking-news banner");
        model.addAttribute("current", banners.now().orElse(null));
        model.addAttribute("error", error);
        model.addAttribute("text", text);
        model.addAttribute("articleId", articleId);
        model.addAttribute("minutes", minutes);
        return "admin/live/banner";
    }
}
