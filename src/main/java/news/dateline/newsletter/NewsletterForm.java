package news.dateline.newsletter;

import java.util.List;

/** What the newsroom types to create or change a newsletter; {@link Newsletters} checks it. */
public record NewsletterForm(String name, String slug, String description, Cadence cadence, NewsletterKind kind,
                             String senderName, String replyTo, boolean active, List<Long> sectionIds) {

    public static NewsletterForm blank() {
        return new NewsletterForm("", "", "", Cadence.DAILY, NewsletterKind.EDITORIAL, "", "", true, List.of());
    }

    public static NewsletterForm of(Newsletter n) {
        return new NewsletterForm(n.name(), n.slug(), n.description(), n.cadence(), n.kind(), n.senderName(),
                n.replyTo() == null ? "" : n.replyTo(), n.active(), n.sectionIds());
    }
}
