package news.dateline.newsletter.edition;

import java.util.Set;

/**
 * An edition rendered once for all its copies ({@link CopyRenderer#compile}): the fixed text between the greeting,
 * the manage link and the one-click link, for the plain-text and the HTML part. The pieces are already escaped.
 * The bodies come twice: with plain article links, and with links that count clicks ({@code tracked*}) for the
 * recipients in {@code engagementTracked}, who let newsletters count their opens and clicks.
 */
record CopyTemplate(EditionContent content, long newsletterId, String subject,
                    String textBody, String textBetweenLinks,
                    String htmlHead, String htmlBody, String htmlBetweenLinks, String htmlEnd,
                    String trackedTextBody, String trackedHtmlBody, Set<Long> engagementTracked) {

    CopyTemplate {
        engagementTracked = Set.copyOf(engagementTracked);
    }

    long editionId() {
        return content.edition().id();
    }

    boolean tracks(long subscriberId) {
        return engagementTracked.contains(subscriberId);
    }
}
