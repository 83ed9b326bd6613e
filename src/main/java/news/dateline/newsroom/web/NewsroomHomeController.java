package news.dateline.newsroom.web;

import news.dateline.article.desk.Desks;
import news.dateline.member.SignedInMember;
import news.dateline.newsroom.NewsroomHome;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin}: the newsroom's home, what needs attention now. For editors and admins (writers go to their list).
 * {@code ?desk=mine} narrows "waiting for review" to the articles of the viewer's desks.
 */
@Controller
class NewsroomHomeController {

    private final NewsroomHome home;
    private final Desks desks;

    NewsroomHomeController(NewsroomHome home, Desks desks) {
        this.home = home;
        this.desks = desks;
    }

    @GetMapping("/admin")
    String home(@RequestParam(required = false) String desk, @AuthenticationPrincipal SignedInMember member,
                Model model) {
        boolean myDesk = "mine".equals(desk);
        model.addAttribute("dashboard", home.dashboard(myDesk ? desks.desksOf(member.memberId()) : null));
        model.addAttribute("myDesk", myDesk);
        model.addAttribute("title", "Newsroom");
        return "admin/newsroom/home";
    }
}
