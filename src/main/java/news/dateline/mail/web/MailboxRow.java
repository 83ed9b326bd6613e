package news.dateline.mail.web;

/** One line of the development mailbox. */
public record MailboxRow(String url, String to, String subject, String status, String queuedAt) {
}
