package news.dateline.newsletter.edition;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Queued editions with their copies sent and their recipients' unsubscribes soon after ({@link SentEditions}). */
@Repository
class SentEditionRepository {

    private final JdbcClient jdbc;

    SentEditionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long editionId, String newsletter, String subject, Instant queuedAt, long delivered, long unsubscribed) {
    }

    List<Row> latest(int limit, Duration window) {
        // a bounced copy was sent too: the provider accepted it before the bounce came back
        return jdbc.sql("""
                        select e.id as edition_id, n.name as newsletter, e.subject, e.queued_at,
                               (select count(*) from newsletter_delivery d
                                where d.edition_id = e.id and d.status in ('SENT', 'BOUNCED')) as delivered,
                               (select count(distinct u.subscriber_id) from newsletter_subscription_event u
                                where u.newsletter_id = e.newsletter_id and not u.subscribed
                                  and u.at >= e.queued_at and u.at < e.queued_at + cast(:window as interval)
                                  and exists (select 1 from newsletter_delivery d
                                              where d.edition_id = e.id and d.subscriber_id = u.subscriber_id))
                                   as unsubscribed
                        from newsletter_edition e join newsletter n on n.id = e.newsletter_id
                        where e.queued_at is not null
                        order by e.queued_at desc, e.id desc limit :limit""")
                .param("window", window.toSeconds() + " seconds").param("limit", limit).query(Row.class).list();
    }
}
