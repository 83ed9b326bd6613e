/**
 * Mail, through a transactional outbox. Terms: the <em>outbox</em> is the {@code mail_outbox} table, written in the
 * transaction of the change that causes a mail ({@link news.dateline.mail.MailOutbox#enqueue}); the <em>worker</em>
 * claims due mails with {@code FOR UPDATE SKIP LOCKED} and sends them over SMTP; a <em>dedupe key</em> makes a mail
 * "once only"; the <em>development mailbox</em> ({@code /admin/dev/mailbox}) shows every queued mail, which is how
 * mail is read when no SMTP server is configured. Say "mail", not "email message"/"notification".
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"site"})
package news.dateline.mail;
