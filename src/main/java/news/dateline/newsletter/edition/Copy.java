package news.dateline.newsletter.edition;

/** One recipient's copy, ready to send. */
record Copy(String to, String subject, String text, String html, String oneClickUrl) {
}
