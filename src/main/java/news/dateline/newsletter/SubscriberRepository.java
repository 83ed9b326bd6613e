package news.dateline.newsletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Subscribers, their subscriptions, and the history of every switch. */
@Repository
class SubscriberRepository {

    private static final String COLUMNS = "s.id, s.email, s.member_id, s.confirmed_at, s.created_at";

    private final JdbcClient jdbc;

    SubscriberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Subscriber> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from newsletter_subscriber s where s.id = :id").param("id", id)
                .query(SubscriberRepository::subscriber).optional();
    }

    Optional<Subscriber> byMember(long memberId) {
        return jdbc.sql("select " + COLUMNS + " from newsletter_subscriber s where s.member_id = :m")
                .param("m", memberId).query(SubscriberRepository::subscriber).optional();
    }

    Optional<Subscriber> byEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from newsletter_subscriber s where lower(s.email) = lower(:email)")
                .param("email", email).query(SubscriberRepository::subscriber).optional();
    }

    /**
     * The subscriber for this address, created when there is none; two requests racing for one address get the
     * same row (the unique index on the lower-cased address settles it).
     */
    Subscriber ensure(String email, Long memberId, Instant confirmedAt, Instant at) {
        jdbc.sql("""
                        insert into newsletter_subscriber (email, member_id, confirmed_at, created_at)
                        values (:email, :member, :confirmed, :at)
                        on conflict ((lower(email))) do nothing""")
                .param("email", email).param("member", memberId)
                .param("confirmed", confirmedAt == null ? null : Timestamp.from(confirmedAt))
                .param("at", Timestamp.from(at)).update();
        return byEmail(email).orElseThrow();
    }

    void changeEmail(long subscriberId, String email) {
        jdbc.sql("update newsletter_subscriber set email = :email where id = :id")
                .param("id", subscriberId).param("email", email).update();
    }

    /** Links a member to the address row (their verified address is then confirmed: see {@link #confirm}). */
    void attachMember(long subscriberId, long memberId) {
        jdbc.sql("update newsletter_subscriber set member_id = :member where id = :id and member_id is null")
                .param("id", subscriberId).param("member", memberId).update();
    }

    /** Confirms the address; its subscriptions so far enter the history now. False when it was confirmed before. */
    boolean confirm(long subscriberId, Instant at) {
        boolean confirmed = jdbc.sql("""
                        update newsletter_subscriber set confirmed_at = :at where id = :id and confirmed_at is null""")
                .param("id", subscriberId).param("at", Timestamp.from(at)).update() > 0;
        if (confirmed) {
            jdbc.sql("""
                            insert into newsletter_subscription_event (newsletter_id, subscriber_id, subscribed, at)
                            select newsletter_id, subscriber_id, true, :at from newsletter_subscription
                            where subscriber_id = :id and subscribed""")
                    .param("id", subscriberId).param("at", Timestamp.from(at)).update();
        }
        return confirmed;
    }

    Set<Long> subscribedNewsletters(long subscriberId) {
        return new HashSet<>(jdbc.sql("""
                        select newsletter_id from newsletter_subscription where subscriber_id = :s and subscribed""")
                .param("s", subscriberId).query(Long.class).list());
    }

    /**
     * Switches one subscription; the history (of confirmed addresses: {@code counted}) gets a row only when the
     * switch changed something.
     *
     * @return whether it changed
     */
    boolean set(long subscriberId, long newsletterId, boolean subscribed, String source, boolean counted, Instant at) {
        int changed = jdbc.sql("""
                        insert into newsletter_subscription (newsletter_id, subscriber_id, subscribed, changed_at, source)
                        values (:n, :s, :on, :at, :source)
                        on conflict (newsletter_id, subscriber_id) do update
                        set subscribed = excluded.subscribed, changed_at = excluded.changed_at, source = excluded.source
                        where newsletter_subscription.subscribed <> excluded.subscribed""")
                .param("n", newsletterId).param("s", subscriberId).param("on", subscribed).param("source", source)
                .param("at", Timestamp.from(at)).update();
        if (changed > 0 && counted) {
            jdbc.sql("""
                            insert into newsletter_subscription_event (newsletter_id, subscriber_id, subscribed, at)
                            values (:n, :s, :on, :at)""")
                    .param("n", newsletterId).param("s", subscriberId).param("on", subscribed)
                    .param("at", Timestamp.from(at)).update();
        }
        return changed > 0;
    }

    /** Whether the subscriber lets newsletters count their opens and clicks (off unless they turned it on). */
    boolean engagementTracked(long subscriberId) {
        return jdbc.sql("select engagement_tracked from newsletter_subscriber where id = :id").param("id", subscriberId)
                .query(Boolean.class).optional().orElse(false);
    }

    void setEngagementTracked(long subscriberId, boolean tracked) {
        jdbc.sql("update newsletter_subscriber set engagement_tracked = :t where id = :id")
                .param("id", subscriberId).param("t", tracked).update();
    }

    /** The newsletter's subscribers who let it count their opens and clicks. */
    Set<Long> engagementTracked(Newsletter newsletter) {
        return new HashSet<>(jdbc.sql("""
                        select s.id from newsletter_subscriber s
                        join newsletter_subscription n on n.subscriber_id = s.id
                        where n.newsletter_id = :n and n.subscribed and s.engagement_tracked""")
                .param("n", newsletter.id()).query(Long.class).list());
    }

    /** Deletes addresses never confirmed (and not a member's) created before the time; returns how many. */
    int deleteUnconfirmedBefore(Instant before) {
        return jdbc.sql("""
                        delete from newsletter_subscriber
                        where confirmed_at is null and member_id is null and created_at < :before""")
                .param("before", Timestamp.from(before)).update();
    }

    /** Confirmed subscribers of each newsletter now. */
    Map<Long, Integer> counts() {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("""
                        select ns.newsletter_id, count(*) as n from newsletter_subscription ns
                        join newsletter_subscriber s on s.id = ns.subscriber_id
                        where ns.subscribed and s.confirmed_at is not null group by ns.newsletter_id""")
                .query((ResultSet rs) -> {
                    counts.put(rs.getLong("newsletter_id"), rs.getInt("n"));
                });
        return counts;
    }

    /** The newsletter's confirmed subscriptions at the end of each day from {@code from} to {@code to}. */
    List<DailyCount> dailyCounts(long newsletterId, LocalDate from, LocalDate to, ZoneId zone) {
        List<DailyCount> days = new ArrayList<>();
        jdbc.sql("""
                        with days as (select generate_series(cast(:from as date), cast(:to as date),
                                                             interval '1 day')::date as day)
                        select d.day,
                               (select coalesce(sum(case when e.subscribed then 1 else -1 end), 0)
                                from newsletter_subscription_event e
                                where e.newsletter_id = :n and (e.at at time zone :zone)::date <= d.day) as total
                        from days d order by d.day""")
                .param("n", newsletterId).param("from", from).param("to", to).param("zone", zone.getId())
                .query((ResultSet rs) -> {
                    days.add(new DailyCount(rs.getObject("day", LocalDate.class), rs.getInt("total")));
                });
        return days;
    }

    private static Subscriber subscriber(ResultSet rs, int row) throws SQLException {
        Timestamp confirmed = rs.getTimestamp("confirmed_at");
        return new Subscriber(rs.getLong("id"), rs.getString("email"), rs.getObject("member_id", Long.class),
                confirmed == null ? null : confirmed.toInstant(), rs.getTimestamp("created_at").toInstant());
    }
}
