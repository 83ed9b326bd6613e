package news.dateline.article.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import news.dateline.article.ReviewState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review columns of {@code article} and the log {@code article_review_step}. */
@Repository
class ReviewRepository {

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ArticleReview> find(long articleId) {
        return jdbc.sql("select id, created_by, assigned_to, review_state, embargo_until from article where id = :id")
                .param("id", articleId)
                .query((rs, n) -> new ArticleReview(rs.getLong("id"), (Long) rs.getObject("created_by"),
                        (Long) rs.getObject("assigned_to"), ReviewState.valueOf(rs.getString("review_state")),
                        rs.getTimestamp("embargo_until") == null ? null : rs.getTimestamp("embargo_until").toInstant()))
                .optional();
    }

    /**
     * Moves the review state only from one of {@code from}, and only while the article is unpublished: two editors
     * approving at once, or a writer submitting what was just published, change it once or not at all.
     */
    boolean move(long articleId, Collection<ReviewState> from, ReviewState to) {
        return jdbc.sql("""
                        update article set review_state = :to
                        where id = :id and review_state in (:from) and status in ('DRAFT', 'UNPUBLISHED')""")
                .param("to", to.name()).param("id", articleId)
                .param("from", from.stream().map(Enum::name).toList()).update() == 1;
    }

    void assign(long articleId, Long memberId) {
        jdbc.sql("update article set assigned_to = :member where id = :id")
                .param("member", memberId).param("id", articleId).update();
    }

    /** Sets or clears the embargo; the database refuses one after a publication or schedule time already set. */
    void embargo(long articleId, Instant until) {
        jdbc.sql("update article set embargo_until = :until where id = :id")
                .param("until", until == null ? null : Timestamp.from(until)).param("id", articleId).update();
    }

    void log(ReviewStep step) {
        jdbc.sql("""
                        insert into article_review_step (article_id, member_id, at, from_state, to_state, note)
                        values (:article, :member, :at, :from, :to, :note)""")
                .param("article", step.articleId()).param("member", step.memberId())
                .param("at", Timestamp.from(step.at())).param("from", step.from()).param("to", step.to())
                .param("note", step.note()).update();
    }

    List<ReviewStep> steps(long articleId) {
        return jdbc.sql("""
                        select article_id, member_id, at, from_state, to_state, note from article_review_step
                        where article_id = :id order by at desc, id desc""")
                .param("id", articleId)
                .query((rs, n) -> new ReviewStep(rs.getLong("article_id"), (Long) rs.getObject("member_id"),
                        rs.getTimestamp("at").toInstant(), rs.getString("from_state"), rs.getString("to_state"),
                        rs.getString("note")))
                .list();
    }

    /** How many articles wait in a review state (the dashboard's counts). */
    int count(ReviewState state) {
        return jdbc.sql("select count(*) from article where review_state = :state and status in ('DRAFT', 'UNPUBLISHED')")
                .param("state", state.name()).query(Integer.class).single();
    }
}
