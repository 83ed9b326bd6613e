package news.dateline.comment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.article.Article;
import news.dateline.article.ArticleQueries;
import news.dateline.comment.CommentSort;
import news.dateline.comment.CommentPreferences;
import news.dateline.comment.Comments;
import news.dateline.comment.PostResult;
import news.dateline.comment.ReportReason;
import news.dateline.member.SignedInMember;
import news.dateline.site.NotFoundException;
import news.dateline.site.PageMeta;
import news.dateline.site.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Readers' comment actions: post, reply, edit, delete, like, report, mail about replies, and the pages of threads after the first.
 * Each action works as a plain form post (answered with a redirect back to the article, or, when the text must be
 * fixed, a page with the text kept in the box) and as an htmx request (answered with the section alone).
 */
@Controller
class CommentController {

    private final Comments comments;
    private final ArticleQueries articles;
    private final CommentSectionViews views;
    private final CommentPreferences preferences;

    private final Words words;

    CommentController(Comments comments, ArticleQueries articles, CommentSectionViews views,
                      CommentPreferences preferences, Words words) {
        this.words = words;
        this.comments = comments;
        this.articles = articles;
        this.views = views;
        this.preferences = preferences;
    }

    /** A command from the comment form. */
    @PostMapping("/comments")
    String post(@RequestParam long articleId, @RequestParam(required = false) Long parentId,
                @RequestParam(defaultValue = "") String text, @RequestParam(required = false) String sort,
                @AuthenticationPrincipal SignedInMember member, @RequestHeader(value = "HX-Request", required = false) String htmx,
                CsrfToken csrf, Model model, RedirectAttributes redirect) {
        Article article = article(articleId);
        if (member == null) {
            return "redirect:" + article.path() + "#comments";
        }
        PostResult result = comments.post(new Comments.Author(member.memberId(), member.displayName()), articleId,
                parentId, text);
        String form = parentId == null ? "new" : "reply-" + parentId;
        return answer(article, member, sort, result, form, text, htmx, csrf, model, redirect);
    }

    /** Turns the mail about replies to one's comments on or off. */
    @PostMapping("/comments/notifications")
    String notifications(@RequestParam long articleId, @RequestParam boolean replies,
                         @RequestParam(required = false) String sort, @AuthenticationPrincipal SignedInMember member,
                         @RequestHeader(value = "HX-Request", required = false) String htmx, CsrfToken csrf,
                         Model model, RedirectAttributes redirect) {
        Article article = article(articleId);
        if (member == null) {
            return "redirect:/signin";
        }
        preferences.setNotifyReplies(member.memberId(), replies);
        return done(article, member, sort, replies ? words.get("comment.notice.replies-on")
                : words.get("comment.notice.replies-off"), htmx, csrf, model, redirect);
    }

    @PostMapping("/comments/{id}/edit")
    String edit(@PathVariable long id, @RequestParam(defaultValue = "") String text,
                @RequestParam(required = false) String sort, @AuthenticationPrincipal SignedInMember member,
                @RequestHeader(value = "HX-Request", required = false) String htmx, CsrfToken csrf, Model model,
                RedirectAttributes redirect) {
        Article article = article(comments.find(id).articleId());
        if (member == null) {
            return "redirect:/signin";
        }
        PostResult result = comments.edit(member.memberId(), id, text);
        return answer(article, member, sort, result, "edit-" + id, text, htmx, csrf, model, redirect);
    }

    @PostMapping("/comments/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) String sort,
                  @AuthenticationPrincipal SignedInMember member,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, CsrfToken csrf, Model model,
                  RedirectAttributes redirect) {
        Article article = article(comments.find(id).articleId());
        if (member == null) {
            return "redirect:/signin";
        }
        comments.delete(member.memberId(), id);
        return done(article, member, sort, words.get("comment.notice.deleted"), htmx, csrf, model, redirect);
    }

    @PostMapping("/comments/{id}/like")
    String like(@PathVariable long id, @RequestParam(defaultValue = "true") boolean liked,
                @RequestParam(required = false) String sort, @AuthenticationPrincipal SignedInMember member,
                @RequestHeader(value = "HX-Request", required = false) String htmx, CsrfToken csrf, Model model,
                RedirectAttributes redirect) {
        Article article = article(comments.find(id).articleId());
        if (member == null) {
            return "redirect:/signin";
        }
        if (liked) {
            comments.like(member.memberId(), id);
        } else {
            comments.unlike(member.memberId(), id);
        }
        return done(article, member, sort, null, htmx, csrf, model, redirect);
    }

    @PostMapping("/comments/{id}/report")
    String report(@PathVariable long id, @RequestParam(required = false) ReportReason reason,
                  @RequestParam(required = false) String note, @RequestParam(required = false) String sort,
                  @AuthenticationPrincipal SignedInMember member,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, CsrfToken csrf, Model model,
                  RedirectAttributes redirect) {
        Article article = article(comments.find(id).articleId());
        if (member == null) {
            return "redirect:/signin";
        }
        if (reason == null) {
            return answer(article, member, sort, new PostResult(PostResult.Outcome.REFUSED, null,
                    words.get("comment.report.no-reason")), "report-" + id, note, htmx, csrf, model, redirect);
        }
        String notice = comments.report(member.memberId(), id, reason, note)
                ? words.get("comment.notice.reported")
                : words.get("comment.notice.reported-already");
        return done(article, member, sort, notice, htmx, csrf, model, redirect);
    }

    /** The section alone (htmx: another sort order). */
    @GetMapping("/articles/{articleId}/comments/section")
    String section(@PathVariable long articleId, @RequestParam(required = false) String sort,
                   @AuthenticationPrincipal SignedInMember member, HttpServletRequest request, Model model) {
        Article article = article(articleId);
        model.addAttribute("section", views.section(article, member, CommentSort.fromParam(sort), null,
                csrf(member, request), Feedback.NONE));
        return "comment/section";
    }

    /** The threads after a cursor, as list items with their own "Load more" (htmx). */
    @GetMapping("/articles/{articleId}/comments/more")
    String more(@PathVariable long articleId, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String after, @AuthenticationPrincipal SignedInMember member,
                HttpServletRequest request, Model model) {
        Article article = article(articleId);
        model.addAttribute("section", views.section(article, member, CommentSort.fromParam(sort), after,
                csrf(member, request), Feedback.NONE));
        return "comment/threads";
    }

    /** A page of threads on its own page: where "Load more" leads without JavaScript. */
    @GetMapping("/articles/{articleId}/comments")
    String page(@PathVariable long articleId, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String after, @AuthenticationPrincipal SignedInMember member,
                HttpServletRequest request, Model model) {
        Article article = article(articleId);
        return page(article, views.section(article, member, CommentSort.fromParam(sort), after,
                csrf(member, request), Feedback.NONE), model);
    }

    /** "Sign in to comment": back to the article's comments once signed in. */
    @GetMapping("/articles/{articleId}/comments/signin")
    String signIn(@PathVariable long articleId, @AuthenticationPrincipal SignedInMember member,
                  HttpServletRequest request, HttpServletResponse response) {
        Article article = article(articleId);
        if (member == null) {
            new HttpSessionRequestCache().saveRequest(request, response);
            return "redirect:/signin";
        }
        return "redirect:" + article.path() + "#comments";
    }

    private String answer(Article article, SignedInMember member, String sort, PostResult result, String form,
                          String text, String htmx, CsrfToken csrf, Model model, RedirectAttributes redirect) {
        if (result.accepted()) {
            return done(article, member, sort, result.message(), htmx, csrf, model, redirect);
        }
        SectionView view = views.section(article, member, CommentSort.fromParam(sort), null, csrf,
                Feedback.error(form, result.message(), text));
        if (htmx != null) {
            model.addAttribute("section", view);
            return "comment/section";
        }
        return page(article, view, model);
    }

    private String done(Article article, SignedInMember member, String sort, String notice, String htmx,
                        CsrfToken csrf, Model model, RedirectAttributes redirect) {
        CommentSort order = CommentSort.fromParam(sort);
        if (htmx != null) {
            model.addAttribute("section", views.section(article, member, order, null, csrf,
                    notice == null ? Feedback.NONE : Feedback.notice(notice)));
            return "comment/section";
        }
        if (notice != null) {
            redirect.addFlashAttribute(CommentSections.NOTICE, notice);
        }
        return "redirect:" + article.path() + (order == CommentSort.NEWEST ? "" : "?sort=" + order.param())
                + "#comments";
    }

    private String page(Article article, SectionView view, Model model) {
        model.addAttribute("section", view);
        model.addAttribute("headline", article.headline());
        model.addAttribute("meta", PageMeta.unlisted(words.get("comment.page.title", article.headline())));
        return "comment/page";
    }

    private Article article(long id) {
        return articles.published(id).orElseThrow(() -> new NotFoundException("article " + id));
    }

    private static CsrfToken csrf(SignedInMember member, HttpServletRequest request) {
        return member == null ? null : (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    }
}
