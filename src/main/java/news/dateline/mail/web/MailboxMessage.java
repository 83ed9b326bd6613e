package news.dateline.mail.web;

import java.util.List;

/**
 * One mail in the development mailbox, its text body cut into plain parts and links.
 *
 * @param htmlUrl where its HTML part is shown; null when it has none
 */
public record MailboxMessage(String to, String subject, String status, String queuedAt, int attempts,
                             String lastError, List<Part> body, String htmlUrl) {

    /** A run of text, or a link when {@code href} is set. */
    public record Part(String text, String href) {
        public boolean link() {
            return href != null;
        }
    }
}
