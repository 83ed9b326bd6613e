package news.dateline.article.presence.web;

import java.util.List;

import news.dateline.article.ArticleService;
import news.dateline.article.DateLineFormat;
import news.dateline.article.presence.Editing;
import news.dateline.article.presence.EditorPresence;
import news.dateline.article.presence.PresenceView;
import news.dateline.article.review.Actor;
import news.dateline.article.review.ReviewService;
import news.dateline.member.SignedInMember;
import news.dateline.site.SiteProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The editor page's heartbeat (htmx, every few seconds) and its goodbye (sent by the browser as the page closes).
 * Both are POSTs with the CSRF token: they change what other editors see.
 */
@Controller
class PresenceController {

    private final EditorPresence presence;
    private final ArticleService articles;
    private final DateLineFormat format;
    private final ReviewService reviews;

    PresenceController(EditorPresence presence, ArticleService articles, SiteProperties site, ReviewService reviews) {
        this.reviews = reviews;
        this.presence = presence;
        this.articles = articles;
        this.format = new DateLineFormat(site.zone(), site.zoneLabel());
    }

    @PostMapping("/admin/articles/{id}/presence")
    String heartbeat(@PathVariable long id, @AuthenticationPrincipal SignedInMember editor, Model model) {
        articles.get(id);
        // a writer learns who edits their own articles only, as they open no others
        reviews.checkMayEdit(Actor.of(editor), id);
        List<Editing> others = presence.heartbeat(id, editor.memberId(), editor.displayName());
        model.addAttribute("presence", view(id, others));
        return "admin/article/presence";
    }

    @PostMapping("/admin/articles/{id}/presence/leave")
    ResponseEntity<Void> leave(@PathVariable long id, @AuthenticationPrincipal SignedInMember editor) {
        presence.leave(id, editor.memberId());
        return ResponseEntity.noContent().build();
    }

    private PresenceView view(long id, List<Editing> others) {
        return new PresenceView(PresenceView.opening(id, presence.properties()).url(),
                presence.properties().heartbeat().toSeconds(),
                others.stream().map(e -> e.displayName() + " has been editing since " + format.time(e.since())).toList(),
                false);
    }
}
