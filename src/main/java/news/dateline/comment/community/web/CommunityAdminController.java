package news.dateline.comment.community.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The community desk's index ({@code /admin/community}): links to its settings pages. */
@Controller
class CommunityAdminController {

    @GetMapping("/admin/community")
    String index(Model model) {
        model.addAttribute("title", "Community");
        return "admin/comment/community";
    }
}
