package news.dateline.newsletter.web;

/** One newsletter on the newsletters or manage page, with whether this reader receives it. */
public record NewsletterCard(long id, String name, String description, String cadence, boolean marketing,
                             boolean subscribed) {

    /** Where the newsletters page subscribes or unsubscribes (the form and its htmx twin). */
    public String subscriptionUrl() {
        return NewsletterPaths.subscription(id);
    }

    /** Where the manage page changes this newsletter. */
    public String manageUrl() {
        return NewsletterPaths.manage(id);
    }
}
