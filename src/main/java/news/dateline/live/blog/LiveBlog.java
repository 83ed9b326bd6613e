package news.dateline.live.blog;

import java.time.Instant;

/** An article followed live: from when, and until when once its coverage has ended. */
public record LiveBlog(long articleId, Instant startedAt, Instant endedAt) {

    public boolean ended() {
        return endedAt != null;
    }
}
