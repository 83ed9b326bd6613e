package news.dateline.member.web;

import jakarta.servlet.http.HttpServletResponse;
import news.dateline.site.PageMeta;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/**
 * The page a mailed link opens: a button that POSTs the token (so scanners that open links use nothing up), or,
 * when the link was used or has expired, a plain explanation.
 *
 * @param title   the heading
 * @param text    what pressing the button does
 * @param action  where the button posts
 * @param token   the token from the link
 * @param button  the button's words
 * @param invalid what to say when the link no longer works
 */
public record ConfirmLinkPage(String title, String text, String action, String token, String button, String invalid) {

    static String show(Model model, HttpServletResponse response, boolean usable, ConfirmLinkPage page) {
        if (!usable) {
            response.setStatus(HttpStatus.GONE.value());
        }
        model.addAttribute("meta", PageMeta.unlisted(page.title()));
        model.addAttribute("page", page);
        model.addAttribute("usable", usable);
        return "member/confirm-link";
    }
}
