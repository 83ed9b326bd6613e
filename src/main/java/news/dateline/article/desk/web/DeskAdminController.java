package news.dateline.article.desk.web;

import jakarta.servlet.http.HttpServletResponse;
import news.dateline.article.desk.Desks;
import news.dateline.article.desk.InvalidDeskException;
import news.dateline.member.Members;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/desks}: admins make desks and put staff on them (admins only, by the URL rules in
 * {@code web.SecurityConfiguration}). An article's desk is chosen in the editor ({@code article.web}).
 */
@Controller
class DeskAdminController {

    private final Desks desks;
    private final Members members;

    DeskAdminController(Desks desks, Members members) {
        this.desks = desks;
        this.members = members;
    }

    @GetMapping("/admin/desks")
    String list(Model model) {
        return page(model, "", null);
    }

    @PostMapping("/admin/desks")
    String create(@RequestParam(defaultValue = "") String name, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            desks.create(name);
            redirect.addFlashAttribute("notice", "Desk “" + name.strip() + "” made.");
            return "redirect:" + DeskPaths.desks();
        } catch (InvalidDeskException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, name, e.getMessage());
        }
    }

    @PostMapping("/admin/desks/{id}/members")
    String addMember(@PathVariable long id, @RequestParam long memberId, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        try {
            desks.addMember(id, memberId);
            redirect.addFlashAttribute("notice", "Added to the desk.");
            return "redirect:" + DeskPaths.desks();
        } catch (InvalidDeskException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, "", e.getMessage());
        }
    }

    @PostMapping("/admin/desks/{id}/members/{memberId}/remove")
    String removeMember(@PathVariable long id, @PathVariable long memberId, RedirectAttributes redirect) {
        desks.removeMember(id, memberId);
        redirect.addFlashAttribute("notice", "Removed from the desk.");
        return "redirect:" + DeskPaths.desks();
    }

    private String page(Model model, String name, String error) {
        model.addAttribute("title", "Desks");
        model.addAttribute("desks", desks.all());
        model.addAttribute("staff", members.staff());
        model.addAttribute("name", name);
        model.addAttribute("error", error);
        return "admin/article/desks";
    }
}
