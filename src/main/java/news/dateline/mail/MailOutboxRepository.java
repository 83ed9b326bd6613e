package news.dateline.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MailOutboxRepository {

    private static final String COLUMNS = """
            id, recipient, subject, text_body, html_body, status, attempts, last_error, created_at, sent_at""";

    // rows another node is sending are locked: skip them instead of waiting, so nodes share the work
    private static final String CLAIM_DUE = "select " + COLUMNS + """
             from mail_outbox where status = 'PENDING' and next_attempt_at <= :now
            order by next_attempt_at, id limit :limit for update skip locked""";

    private final JdbcClient jdbc;

    MailOutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the mail; false when one with the same dedupe key is already there. */
    boolean insert(OutgoingMail mail, Instant now) {
        return jdbc.sql("""
                        insert into mail_outbox (recipient, subject, text_body, html_body, dedupe_key, next_attempt_at, created_at)
                        values (:to, :subject, :text, :html, :key, :now, :now)
                        on conflict (dedupe_key) do nothing""")
                .param("to", mail.to()).param("subject", mail.subject()).param("text", mail.textBody())
                .param("html", mail.htmlBody()).param("key", mail.dedupeKey()).param("now", Timestamp.from(now))
                .update() == 1;
    }

    boolean insertSent(OutgoingMail mail, Instant now) {
        return jdbc.sql("""
                        insert into mail_outbox (recipient, subject, text_body, html_body, dedupe_key, status,
                                                 next_attempt_at, created_at, sent_at)
                        values (:to, :subject, :text, :html, :key, 'SENT', :now, :now, :now)
                        on conflict (dedupe_key) do nothing""")
                .param("to", mail.to()).param("subject", mail.subject()).param("text", mail.textBody())
                .param("html", mail.htmlBody()).param("key", mail.dedupeKey()).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** Locks due mails for the calling transaction; other nodes skip them. */
    List<StoredMail> claimDue(Instant now, int limit) {
        return jdbc.sql(CLAIM_DUE).param("now", Timestamp.from(now)).param("limit", limit)
                .query(MailOutboxRepository::mail).list();
    }

    void markSent(long id, Instant now) {
        jdbc.sql("update mail_outbox set status = 'SENT', attempts = attempts + 1, sent_at = :now, last_error = null where id = :id")
                .param("id", id).param("now", Timestamp.from(now)).update();
    }

    void markRetry(long id, Instant at, String error) {
        jdbc.sql("update mail_outbox set attempts = attempts + 1, next_attempt_at = :at, last_error = :error where id = :id")
                .param("id", id).param("at", Timestamp.from(at)).param("error", error).update();
    }

    void markFailed(long id, String error) {
        jdbc.sql("update mail_outbox set status = 'FAILED', attempts = attempts + 1, last_error = :error where id = :id")
                .param("id", id).param("error", error).update();
    }

    /** Counts from the partial indexes on waiting and failed mails, so the cost does not grow with sent mail. */
    OutboxBacklog backlog() {
        return jdbc.sql("""
                select (select count(*) from mail_outbox where status = 'PENDING') as pending,
                       (select count(*) from mail_outbox where status = 'FAILED') as failed,
                       (select min(created_at) from mail_outbox where status = 'PENDING') as oldest""")
                .query((rs, n) -> {
                    Timestamp oldest = rs.getTimestamp("oldest");
                    return new OutboxBacklog(rs.getLong("pending"), rs.getLong("failed"),
                            oldest == null ? null : oldest.toInstant());
                }).single();
    }

    long count(MailStatus status) {
        return jdbc.sql("select count(*) from mail_outbox where status = :status").param("status", status.name())
                .query(Long.class).single();
    }

    List<StoredMail> latest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from mail_outbox order by id desc limit :limit")
                .param("limit", limit).query(MailOutboxRepository::mail).list();
    }

    List<StoredMail> to(String recipient) {
        return jdbc.sql("select " + COLUMNS + " from mail_outbox where lower(recipient) = lower(:to) order by id")
                .param("to", recipient).query(MailOutboxRepository::mail).list();
    }

    Optional<StoredMail> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from mail_outbox where id = :id").param("id", id)
                .query(MailOutboxRepository::mail).optional();
    }

    int forgetRecipient(String recipient) {
        return jdbc.sql("delete from mail_outbox where lower(recipient) = lower(:to) and status <> 'PENDING'")
                .param("to", recipient).update();
    }

    private static StoredMail mail(ResultSet rs, int row) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new StoredMail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                rs.getString("text_body"), rs.getString("html_body"), MailStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
                sent == null ? null : sent.toInstant());
    }
}
