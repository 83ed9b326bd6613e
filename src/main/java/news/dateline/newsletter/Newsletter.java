package news.dateline.newsletter;

import java.util.List;

/**
 * A newsletter as the newsroom set it up.
 *
 * @param replyTo    where replies go (null: the site's sender address)
 * @param sectionIds the sections whose stories fill its editions
 * @param active     offered on the newsletters page and sent; an inactive one keeps its subscribers
 */
public record Newsletter(long id, String slug, String name, String description, Cadence cadence, NewsletterKind kind,
                         String senderName, String replyTo, boolean active, List<Long> sectionIds) {

    public boolean marketing() {
        return kind == NewsletterKind.MARKETING;
    }
}
