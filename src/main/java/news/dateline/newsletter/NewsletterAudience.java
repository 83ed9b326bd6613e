package news.dateline.newsletter;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who receives a newsletter, for delivery: confirmed addresses subscribed to it, and for a marketing newsletter only
 * members whose latest choice is to hear about offers. Read in pages by subscriber id, so an audience of any size is
 * queued in bounded memory; {@link #stillWanted} is asked again just before each copy is sent, so an unsubscribe or
 * a consent withdrawn after queueing stops it.
 */
@Service
public class NewsletterAudience {

    private static final String WANTED = """
            ns.subscribed and s.confirmed_at is not null
            and (n.kind = 'EDITORIAL' or exists (
                select 1 from (select c.given from member_marketing_consent c where c.member_id = s.member_id
                               order by c.at desc, c.id desc limit 1) latest
                where latest.given))""";

    private final JdbcClient jdbc;

    NewsletterAudience(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One recipient: the address, and the member's name when the address is a member's. */
    public record Recipient(long subscriberId, String email, String name) {
    }

    /** Up to {@code limit} recipients with subscriber ids above {@code afterSubscriberId}, in id order. */
    public List<Recipient> page(long newsletterId, long afterSubscriberId, int limit) {
        return jdbc.sql("""
                        select s.id, s.email, m.display_name
                        from newsletter_subscription ns
                        join newsletter n on n.id = ns.newsletter_id
                        join newsletter_subscriber s on s.id = ns.subscriber_id
                        left join member m on m.id = s.member_id
                        where ns.newsletter_id = :n and ns.subscriber_id > :after and """ + " " + WANTED + """

                        order by ns.subscriber_id limit :limit""")
                .param("n", newsletterId).param("after", afterSubscriberId).param("limit", limit)
                .query((rs, row) -> new Recipient(rs.getLong("id"), rs.getString("email"), rs.getString("display_name")))
                .list();
    }

    /** Whether the address should still get this newsletter now. */
    public boolean stillWanted(long newsletterId, long subscriberId) {
        return jdbc.sql("""
                        select exists (select 1 from newsletter_subscription ns
                                       join newsletter n on n.id = ns.newsletter_id
                                       join newsletter_subscriber s on s.id = ns.subscriber_id
                                       where ns.newsletter_id = :n and ns.subscriber_id = :s and """ + " " + WANTED + ")")
                .param("n", newsletterId).param("s", subscriberId).query(Boolean.class).single();
    }
}
