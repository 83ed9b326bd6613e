package news.dateline.newsroom.web;

import news.dateline.newsroom.NewsroomHome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /admin}: the newsroom's home, what needs attention now. For editors and admins (writers go to their list). */
@Controller
class NewsroomHomeController {

    private final NewsroomHome home;

    NewsroomHomeController(NewsroomHome home) {
        this.home = home;
    }

    @GetMapping("/admin")
    String home(Model model) {
        model.addAttribute("dashboard", home.dashboard());
        model.addAttribute("title", "Newsroom");
        return "admin/newsroom/home";
    }
}
