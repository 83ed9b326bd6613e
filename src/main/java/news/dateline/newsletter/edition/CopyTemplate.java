package news.dateline.newsletter.edition;

/**
 * An edition rendered once for all its copies ({@link CopyRenderer#compile}): the fixed text between the greeting,
 * the manage link and the one-click link, for the plain-text and the HTML part. The pieces are already escaped.
 */
record CopyTemplate(EditionContent content, long newsletterId, String subject,
                    String textBody, String textBetweenLinks,
                    String htmlHead, String htmlBody, String htmlBetweenLinks, String htmlEnd) {
}
