package news.dateline.article;

import java.util.List;

/**
 * The newsroom list's own filters, beside those readers share ({@link SearchQuery}). Null fields do not filter.
 *
 * @param createdBy  only articles this member wrote (a writer sees only their own)
 * @param assignedTo only articles assigned to this member
 * @param review     only articles in this review state (and not yet published)
 * @param desks      only articles on one of these desks (none given: none match)
 */
public record NewsroomScope(Long createdBy, Long assignedTo, ReviewState review, List<Long> desks) {

    public static final NewsroomScope ALL = new NewsroomScope(null, null, null, null);

    void addTo(ArticleConditions conditions) {
        if (createdBy != null) {
            conditions.with("a.created_by = :createdBy", "createdBy", createdBy);
        }
        if (assignedTo != null) {
            conditions.with("a.assigned_to = :assignedTo", "assignedTo", assignedTo);
        }
        if (review != null) {
            conditions.with("a.review_state = :review and a.status in ('DRAFT', 'UNPUBLISHED')", "review", review.name());
        }
        if (desks != null) {
            if (desks.isEmpty()) {
                conditions.add("false");
            } else {
                conditions.with("a.desk_id in (:desks)", "desks", desks);
            }
        }
    }
}
