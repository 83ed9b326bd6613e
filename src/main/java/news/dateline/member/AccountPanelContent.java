package news.dateline.member;

import java.util.List;

/** What an {@link AccountPanel} shows: a heading and lines, each optionally a link. */
public record AccountPanelContent(String title, List<AccountPanelLine> lines) {
}
