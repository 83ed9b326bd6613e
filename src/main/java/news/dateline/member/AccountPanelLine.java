package news.dateline.member;

/** One line of an {@link AccountPanelContent}; {@code href} is null for plain text. */
public record AccountPanelLine(String text, String href) {
}
