package news.dateline.article.web;

import news.dateline.article.desk.Desks;

import news.dateline.site.PageNumber;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleService;
import news.dateline.article.ArticleStatus;
import news.dateline.article.NewsroomScope;
import news.dateline.article.ReviewState;
import news.dateline.article.Revision;
import news.dateline.article.review.Actor;
import news.dateline.article.review.ReviewService;
import news.dateline.member.SignedInMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import news.dateline.article.SearchHit;
import news.dateline.article.SearchQuery;
import news.dateline.article.SearchResults;
import news.dateline.article.SearchSort;
import news.dateline.article.SectionDirectory;
import news.dateline.member.Member;
import news.dateline.member.Members;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The newsroom's article list with its search and filters, and each article's revision history and diffs. */
@Controller
class NewsroomArticlesController {

    private static final int PAGE_SIZE = 30;

    private final ArticleQueries queries;
    private final ArticleService articles;
    private final SectionDirectory sections;
    private final Members members;
    private final ArticleViews views;
    private final ReviewService reviews;
    private final Desks desks;

    NewsroomArticlesController(ArticleQueries queries, ArticleService articles, SectionDirectory sections,
                               Members members, ArticleViews views, ReviewService reviews, Desks desks) {
        this.reviews = reviews;
        this.desks = desks;
        this.queries = queries;
        this.articles = articles;
        this.sections = sections;
        this.members = members;
        this.views = views;
    }

    @GetMapping("/admin/articles")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) ArticleStatus status,
                @RequestParam(required = false) Long section, @RequestParam(required = false) Long author,
                @RequestParam(required = false) Long assigned, @RequestParam(required = false) ReviewState review,
                @RequestParam(required = false) String desk,
                @RequestParam(defaultValue = "1") @PageNumber int page, @AuthenticationPrincipal SignedInMember member,
                Model model, HttpServletResponse response) {
        Actor actor = Actor.of(member);
        // a writer's list holds only their own articles
        String problem = null;
        List<Long> deskIds = null;
        try {
            deskIds = deskFilter(desk, actor.memberId());
        } catch (NumberFormatException e) {
            problem = "Desk must be a desk's number or “mine”.";
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        NewsroomScope scope = new NewsroomScope(actor.editor() ? null : actor.memberId(), assigned, review, deskIds);
        List<NewsroomRow> rows = List.of();
        String previous = null;
        String next = null;
        if (problem != null) {
            // nothing listed for a filter that means nothing
        } else if (q.strip().length() > SearchQuery.MAX_TEXT_LENGTH) {
            problem = "Search words can be at most " + SearchQuery.MAX_TEXT_LENGTH + " characters long.";
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } else {
            // the reader's search over every status: by relevance when there are words, else last saved first
            SearchResults result = queries.search(new SearchQuery(q, true, status, section, author, null, null,
                    null, SearchSort.RELEVANCE, Math.max(page, 1), PAGE_SIZE, scope));
            Map<Long, String> names = new java.util.HashMap<>();
            rows = result.hits().stream().map(SearchHit::article).map(a -> {
                var inReviewNow = reviews.get(a.id());
                boolean inReview = a.status() == ArticleStatus.DRAFT || a.status() == ArticleStatus.UNPUBLISHED;
                String assignee = inReviewNow.assignedTo() == null ? "" : names.computeIfAbsent(inReviewNow.assignedTo(),
                        id -> members.find(id).map(Member::displayName).orElse("Former staff"));
                return new NewsroomRow(a.id(), a.headline(), a.sectionName(), a.status().name(),
                        String.join(", ", a.bylines()), views.format().dateTime(a.modifiedAt()),
                        a.status() == ArticleStatus.PUBLISHED ? a.path() : null,
                        inReview ? inReviewNow.state().label() : "", assignee);
            }).toList();
            previous = result.hasPrevious() ? pageUrl(q, status, section, author, assigned, review, desk, result.page() - 1) : null;
            next = result.hasNext() ? pageUrl(q, status, section, author, assigned, review, desk, result.page() + 1) : null;
        }
        model.addAttribute("rows", rows);
        List<Member> staff = actor.editor() ? members.staff() : List.of();
        model.addAttribute("filter", new NewsroomFilter(q, status, section, author, List.of(ArticleStatus.values()),
                sections.all(), queries.authors(), problem, previous, next, assigned, review,
                List.of(ReviewState.values()), staff, desk, desks.all()));
        model.addAttribute("title", "Articles");
        return "admin/article/list";
    }

    /** Null for any desk; "mine" for the viewer's desks; else one desk's number (NumberFormatException if not). */
    private List<Long> deskFilter(String desk, long memberId) {
        if (desk == null || desk.isBlank()) {
            return null;
        }
        return desk.equals("mine") ? desks.desksOf(memberId) : List.of(Long.parseLong(desk.strip()));
    }

    @GetMapping("/admin/articles/{id}/revisions")
    String revisions(@PathVariable long id, @RequestParam(required = false) Integer from,
                     @RequestParam(required = false) Integer to, @AuthenticationPrincipal SignedInMember member,
                     Model model) {
        var article = articles.get(id);
        reviews.checkMayEdit(Actor.of(member), id);
        List<Revision> history = articles.history(id);
        Map<Long, String> names = history.stream().map(Revision::editorId).filter(Objects::nonNull).distinct()
                .map(members::find).flatMap(Optional::stream)
                .collect(Collectors.toMap(Member::id, Member::displayName));
        var rows = history.stream().map(r -> new RevisionRow(r.number(),
                r.editorId() == null ? "System" : names.getOrDefault(r.editorId(), "Former staff"),
                views.format().dateTime(r.createdAt()), r.publicUpdate(), r.note())).toList();
        model.addAttribute("articleId", id);
        model.addAttribute("headline", article.headline());
        model.addAttribute("revisions", rows);
        model.addAttribute("diff", from != null && to != null ? articles.diff(id, from, to) : null);
        model.addAttribute("title", "History");
        return "admin/article/revisions";
    }

    private static String pageUrl(String q, ArticleStatus status, Long section, Long author, Long assigned,
                                  ReviewState review, String desk, int page) {
        return UriComponentsBuilder.fromPath("/admin/articles")
                .queryParamIfPresent("q", Optional.of(q).filter(text -> !text.isBlank()))
                .queryParamIfPresent("status", Optional.ofNullable(status))
                .queryParamIfPresent("section", Optional.ofNullable(section))
                .queryParamIfPresent("author", Optional.ofNullable(author))
                .queryParamIfPresent("assigned", Optional.ofNullable(assigned))
                .queryParamIfPresent("review", Optional.ofNullable(review))
                .queryParamIfPresent("desk", Optional.ofNullable(desk).filter(d -> !d.isBlank()))
                .queryParam("page", page).encode().build().toUriString();
    }
}
