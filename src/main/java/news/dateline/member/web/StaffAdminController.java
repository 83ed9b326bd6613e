package news.dateline.member.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import news.dateline.member.Members;
import news.dateline.member.PasswordPolicy;
import news.dateline.member.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins create newsroom accounts (editors, moderators, admins). Members register themselves elsewhere. */
@Controller
class StaffAdminController {

    private final Members members;
    private final PasswordPolicy passwords;

    StaffAdminController(Members members, PasswordPolicy passwords) {
        this.members = members;
        this.passwords = passwords;
    }

    @GetMapping("/admin/members")
    String list(Model model) {
        return page(model, new StaffForm("", "", "", Role.EDITOR), null);
    }

    @PostMapping("/admin/members")
    String create(@ModelAttribute StaffForm form, Model model, RedirectAttributes redirect) {
        String problem = form.problem(passwords);
        if (problem != null) {
            return page(model, form, problem);
        }
        try {
            Set<Role> roles = form.role() == Role.ADMIN ? EnumSet.of(Role.ADMIN, Role.EDITOR) : EnumSet.of(form.role());
            members.create(new Members.NewMember(form.email(), form.displayName(), form.password(), roles));
        } catch (Members.EmailTakenException e) {
            return page(model, form, e.getMessage());
        }
        redirect.addFlashAttribute("notice", "Account created for " + form.email() + ".");
        return "redirect:/admin/members";
    }

    private String page(Model model, StaffForm form, String error) {
        model.addAttribute("title", "Staff");
        model.addAttribute("staff", members.staff());
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("minPasswordLength", passwords.minLength());
        model.addAttribute("roles", List.of(Role.WRITER, Role.EDITOR, Role.MODERATOR, Role.ADMIN));
        return "admin/member/staff";
    }
}
