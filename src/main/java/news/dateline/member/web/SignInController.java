package news.dateline.member.web;

import news.dateline.site.PageMeta;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the form's POST. */
@Controller
class SignInController {

    @GetMapping("/signin")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                  Model model) {
        model.addAttribute("meta", PageMeta.unlisted("Sign in"));
        model.addAttribute("failed", error != null);
        return "member/signin";
    }
}
