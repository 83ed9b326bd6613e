package news.dateline.readinglist.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import news.dateline.article.AccessLevel;
import news.dateline.article.Article;
import news.dateline.article.ArticleQueries;
import news.dateline.member.SignedInMember;
import news.dateline.readinglist.ReadingList;
import news.dateline.site.NotFoundException;
import news.dateline.site.PageMeta;
import news.dateline.site.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Save and remove (a plain form post, or a small htmx request answered with the button alone), the Saved stories
 * page, and the way back for an anonymous reader who pressed Save: sign in, then the article is saved.
 */
@Controller
class ReadingListController {

    static final String PENDING = ReadingListController.class.getName() + ".pendingSave";

    private final ReadingList readingList;
    private final ArticleQueries articles;
    private final Words words;

    ReadingListController(ReadingList readingList, ArticleQueries articles, Words words) {
        this.readingList = readingList;
        this.words = words;
        this.articles = articles;
    }

    @PostMapping("/saved")
    String save(@RequestParam long articleId, @AuthenticationPrincipal SignedInMember member,
                @RequestHeader(value = "HX-Request", required = false) String htmx,
                @RequestHeader(value = "Referer", required = false) String referer, Model model,
                RedirectAttributes redirect) {
        if (member == null) {
            return "redirect:" + ReadingListPaths.pending(articleId);
        }
        readingList.save(member.memberId(), articleId);
        return answer(articleId, true, htmx, referer, model, redirect, words.get("saved.notice.saved"));
    }

    @PostMapping("/saved/remove")
    String remove(@RequestParam long articleId, @AuthenticationPrincipal SignedInMember member,
                  @RequestHeader(value = "HX-Request", required = false) String htmx,
                  @RequestHeader(value = "Referer", required = false) String referer, Model model,
                  RedirectAttributes redirect) {
        if (member == null) {
            return "redirect:/signin";
        }
        readingList.remove(member.memberId(), articleId);
        return answer(articleId, false, htmx, referer, model, redirect, words.get("saved.notice.removed"));
    }

    /**
     * Where Save leads an anonymous reader: remembers the article, sends them to sign in, and (back here once
     * signed in) saves it. A signed-in visit without that remembered article saves nothing, so a link elsewhere
     * cannot add to someone's list.
     */
    @GetMapping("/saved/pending")
    String pending(@RequestParam long article, @AuthenticationPrincipal SignedInMember member,
                   HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Article found = articles.published(article).orElseThrow(() -> new NotFoundException("article " + article));
        if (member == null) {
            request.getSession().setAttribute(PENDING, article);
            return SignInFirst.redirect(request, response);
        }
        HttpSession session = request.getSession(false);
        if (session != null && Long.valueOf(article).equals(session.getAttribute(PENDING))) {
            session.removeAttribute(PENDING);
            readingList.save(member.memberId(), article);
            redirect.addFlashAttribute("notice", words.get("saved.notice.saved"));
        }
        return "redirect:" + found.path();
    }

    @GetMapping("/account/saved")
    String savedStories(@AuthenticationPrincipal SignedInMember member, HttpServletRequest request,
                        HttpServletResponse response, Model model) {
        if (member == null) {
            return SignInFirst.redirect(request, response);
        }
        var rows = readingList.newestFirst(member.memberId()).stream()
                .map(s -> new SavedRow(s.article().id(), s.article().headline(), s.article().path(),
                        s.article().standfirst(), s.article().sectionName(), s.article().sectionPath(),
                        words.date(s.savedAt()), s.article().accessLevel() == AccessLevel.PREMIUM))
                .toList();
        response.setHeader("Cache-Control", "private, no-store");
        model.addAttribute("meta", PageMeta.unlisted(words.get("saved.title")));
        model.addAttribute("rows", rows);
        return "readinglist/saved";
    }

    private String answer(long articleId, boolean saved, String htmx, String referer, Model model,
                          RedirectAttributes redirect, String notice) {
        if (htmx != null) {
            model.addAttribute("articleId", articleId);
            model.addAttribute("saved", saved);
            return "readinglist/save-button";
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + back(referer, articleId);
    }

    /** Back to the page the form was on, if it is one of ours; else to the article. */
    private String back(String referer, long articleId) {
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                String path = uri.getRawPath();
                if (path != null && path.startsWith("/") && !path.startsWith("//")) {
                    return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
            } catch (IllegalArgumentException ignored) {
                // not a usable address: fall back to the article
            }
        }
        return articles.published(articleId).map(Article::path).orElse("/account/saved");
    }
}
