package news.dateline.newsletter;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audience queries for {@link NewsletterAudience}. They read the member feature's consent history and display
 * name in the same statement (a declared, read-only exception in {@code TableOwnershipTest}): an edition's audience
 * is queued set-based, {@code INSERT … SELECT}, for any number of recipients, which a call per member could not do.
 */
@Repository
class NewsletterAudienceRepository {

    private static final String WANTED = """
            ns.subscribed and s.confirmed_at is not null
            and (n.kind = 'EDITORIAL' or exists (
                select 1 from (select c.given from member_marketing_consent c where c.member_id = s.member_id
                               order by c.at desc, c.id desc limit 1) latest
                where latest.given))""";

    /**
     * One page of recipients as SQL, for queueing set-based ({@code INSERT … SELECT}) without reading them into
     * memory: columns {@code subscriber_id, email, name}; parameters {@code :n} (newsletter), {@code :after}
     * (subscriber id) and {@code :limit}; in subscriber id order.
     */
    static final String PAGE = """
            select s.id as subscriber_id, s.email, m.display_name as name
            from newsletter_subscription ns
            join newsletter n on n.id = ns.newsletter_id
            join newsletter_subscriber s on s.id = ns.subscriber_id
            left join member m on m.id = s.member_id
            where ns.newsletter_id = :n and ns.subscriber_id > :after and """ + " " + WANTED + """

            order by ns.subscriber_id limit :limit""";

    /**
     * Whether the subscriber should still get the newsletter now, as an SQL boolean expression over the two given
     * expressions (columns or parameters); one piece for the check before each send and for {@link #stillWanted}.
     */
    static String wantedNow(String newsletterId, String subscriberId) {
        return """
                exists (select 1 from newsletter_subscription ns
                        join newsletter n on n.id = ns.newsletter_id
                        join newsletter_subscriber s on s.id = ns.subscriber_id
                        where ns.newsletter_id = %s and ns.subscriber_id = %s and %s)""".formatted(
                newsletterId, subscriberId, WANTED);
    }

    private final JdbcClient jdbc;

    NewsletterAudienceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<NewsletterAudience.Recipient> page(long newsletterId, long afterSubscriberId, int limit) {
        return jdbc.sql(PAGE)
                .param("n", newsletterId).param("after", afterSubscriberId).param("limit", limit)
                .query((rs, row) -> new NewsletterAudience.Recipient(
                        rs.getLong("subscriber_id"), rs.getString("email"), rs.getString("name")))
                .list();
    }

    boolean stillWanted(long newsletterId, long subscriberId) {
        return jdbc.sql("select " + wantedNow(":n", ":s"))
                .param("n", newsletterId).param("s", subscriberId).query(Boolean.class).single();
    }
}
