package news.dateline.article.presence;

import java.time.Instant;

/** Someone with an article open in the editor, since when. */
public record Editing(long memberId, String displayName, Instant since) {
}
