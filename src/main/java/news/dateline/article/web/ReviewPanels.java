package news.dateline.article.web;

import java.time.format.DateTimeFormatter;
import java.util.List;

import news.dateline.article.ArticleStatus;
import news.dateline.article.ReviewState;
import news.dateline.article.review.Actor;
import news.dateline.article.review.ArticleReview;
import news.dateline.article.review.ReviewPanel;
import news.dateline.article.review.ReviewService;
import news.dateline.article.review.ReviewStep;
import news.dateline.member.Member;
import news.dateline.member.Members;
import news.dateline.member.Role;
import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Component;

/** Builds the editor's review box for one viewer: names instead of ids, times in the site's zone. */
@Component
class ReviewPanels {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final ReviewService reviews;
    private final Members members;
    private final ArticleViews views;
    private final SiteProperties site;

    ReviewPanels(ReviewService reviews, Members members, ArticleViews views, SiteProperties site) {
        this.reviews = reviews;
        this.members = members;
        this.views = views;
        this.site = site;
    }

    ReviewPanel of(long articleId, ArticleStatus status, Actor viewer) {
        ArticleReview review = reviews.get(articleId);
        boolean unpublished = status == ArticleStatus.DRAFT || status == ArticleStatus.UNPUBLISHED;
        ReviewState state = review.state();
        List<ReviewPanel.Assignee> assignees = viewer.editor() ? members.staff().stream()
                .filter(m -> m.isStaff() || m.roles().contains(Role.WRITER))
                .map(m -> new ReviewPanel.Assignee(m.id(), m.displayName())).toList() : List.of();
        List<String> steps = reviews.steps(articleId).stream().map(this::line).toList();
        return new ReviewPanel(articleId, unpublished ? state.label() : status.name().toLowerCase(),
                unpublished && state == ReviewState.DRAFT,
                viewer.editor() && unpublished && state == ReviewState.SUBMITTED,
                viewer.editor() && unpublished && state != ReviewState.DRAFT,
                name(review.assignedTo()), review.assignedTo(),
                review.embargoUntil() == null ? null : views.format().dateTime(review.embargoUntil()),
                review.embargoUntil() == null ? "" : INPUT.format(review.embargoUntil().atZone(site.zone())),
                viewer.editor(), assignees, steps);
    }

    private String line(ReviewStep step) {
        String who = step.memberId() == null ? "System" : name(step.memberId());
        String move = step.from().equals(step.to()) ? "" : label(step.from()) + " → " + label(step.to()) + " ";
        return views.format().dateTime(step.at()) + ": " + move + "by " + who
                + (step.note() == null ? "" : " — " + step.note());
    }

    private static String label(String state) {
        try {
            return ReviewState.valueOf(state).label();
        } catch (IllegalArgumentException e) {
            return state.toLowerCase();
        }
    }

    private String name(Long memberId) {
        return memberId == null ? null : members.find(memberId).map(Member::displayName).orElse("Former staff");
    }

}
