package news.dateline.newsletter.web;

/** One newsletter on the newsletters or manage page, with whether this reader receives it. */
public record NewsletterCard(long id, String name, String description, String cadence, boolean marketing,
                             boolean subscribed) {
}
