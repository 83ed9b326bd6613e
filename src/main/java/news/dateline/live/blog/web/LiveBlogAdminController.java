package news.dateline.live.blog.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import news.dateline.article.Article;
import news.dateline.article.ArticleQueries;
import news.dateline.live.blog.DeskEntry;
import news.dateline.live.blog.EntryForm;
import news.dateline.live.blog.InvalidEntryException;
import news.dateline.live.blog.LiveBlog;
import news.dateline.live.blog.LiveBlogs;
import news.dateline.member.SignedInMember;
import news.dateline.site.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/live}: the newsroom's live desk. Editors and admins start a live blog on a published article, post
 * entries, edit, pin and delete them, and end the coverage (the URL rules give {@code /admin/**} to them, and
 * {@link LiveBlogs} checks again). Every form is a CSRF-protected POST that redirects back to the desk.
 */
@Controller
class LiveBlogAdminController {

    private final LiveBlogs blogs;
    private final ArticleQueries articles;

    LiveBlogAdminController(LiveBlogs blogs, ArticleQueries articles) {
        this.blogs = blogs;
        this.articles = articles;
    }

    @GetMapping("/admin/live")
    String list(Model model) {
        return listPage(model, null);
    }

    @PostMapping("/admin/live")
    String start(@AuthenticationPrincipal SignedInMember editor, @RequestParam(defaultValue = "") String articleId,
                 Model model, HttpServletResponse response) {
        try {
            long id = Long.parseLong(articleId.strip());
            blogs.start(editor, id);
            return "redirect:" + LiveDeskPaths.desk(id);
        } catch (NumberFormatException e) {
            return refused(response, listPage(model, "Give the article's number, e.g. 42, not “" + articleId + "”."));
        } catch (InvalidEntryException e) {
            return refused(response, listPage(model, e.getMessage()));
        }
    }

    @GetMapping("/admin/live/{articleId}")
    String desk(@PathVariable long articleId, Model model) {
        return deskPage(articleId, model, null, new EntryForm(null, null, null, null, null));
    }

    @PostMapping("/admin/live/{articleId}/entries")
    String post(@AuthenticationPrincipal SignedInMember editor, @PathVariable long articleId, EntryForm form,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            blogs.post(editor, articleId, form);
            redirect.addFlashAttribute("notice", "Entry posted.");
            return "redirect:" + LiveDeskPaths.desk(articleId);
        } catch (InvalidEntryException e) {
            return refused(response, deskPage(articleId, model, e.getMessage(), form));
        }
    }

    @PostMapping("/admin/live/{articleId}/entries/{entryId}")
    String edit(@AuthenticationPrincipal SignedInMember editor, @PathVariable long articleId,
                @PathVariable long entryId, EntryForm form, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        try {
            blogs.edit(editor, articleId, entryId, form);
            redirect.addFlashAttribute("notice", "Entry updated.");
            return "redirect:" + LiveDeskPaths.desk(articleId);
        } catch (InvalidEntryException e) {
            return refused(response, deskPage(articleId, model, e.getMessage(), new EntryForm(null, null, null, null, null)));
        }
    }

    @PostMapping("/admin/live/{articleId}/entries/{entryId}/pin")
    String pin(@AuthenticationPrincipal SignedInMember editor, @PathVariable long articleId,
               @PathVariable long entryId, @RequestParam boolean pinned, RedirectAttributes redirect) {
        blogs.pin(editor, articleId, entryId, pinned);
        redirect.addFlashAttribute("notice", pinned ? "Pinned to the key points." : "Taken off the key points.");
        return "redirect:" + LiveDeskPaths.desk(articleId);
    }

    @PostMapping("/admin/live/{articleId}/entries/{entryId}/delete")
    String delete(@AuthenticationPrincipal SignedInMember editor, @PathVariable long articleId,
                  @PathVariable long entryId, RedirectAttributes redirect) {
        blogs.delete(editor, articleId, entryId);
        redirect.addFlashAttribute("notice", "Entry deleted.");
        return "redirect:" + LiveDeskPaths.desk(articleId);
    }

    @PostMapping("/admin/live/{articleId}/end")
    String end(@AuthenticationPrincipal SignedInMember editor, @PathVariable long articleId, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        try {
            blogs.end(editor, articleId);
            redirect.addFlashAttribute("notice", "Live coverage ended.");
            return "redirect:" + LiveDeskPaths.desk(articleId);
        } catch (InvalidEntryException e) {
            return refused(response, deskPage(articleId, model, e.getMessage(), new EntryForm(null, null, null, null, null)));
        }
    }

    private String listPage(Model model, String error) {
        model.addAttribute("title", "Live coverage");
        model.addAttribute("rows", blogs.rows());
        model.addAttribute("error", error);
        return "admin/live/list";
    }

    private String deskPage(long articleId, Model model, String error, EntryForm form) {
        LiveBlog blog = blogs.find(articleId).orElseThrow(() -> new NotFoundException("live blog " + articleId));
        Optional<Article> article = articles.published(articleId);
        model.addAttribute("title", "Live: " + article.map(Article::headline).orElse("article " + articleId));
        model.addAttribute("blog", blog);
        model.addAttribute("path", article.map(Article::path).orElse(null));
        model.addAttribute("entries", blogs.desk(articleId));
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        return "admin/live/desk";
    }

    private static String refused(HttpServletResponse response, String view) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return view;
    }
}
