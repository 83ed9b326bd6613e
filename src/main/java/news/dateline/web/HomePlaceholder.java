package news.dateline.web;

import news.dateline.site.PageMeta;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomePlaceholder {
    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("meta", PageMeta.simple("Home", null, null));
        return "home";
    }
}
