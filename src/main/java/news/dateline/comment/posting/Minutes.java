package news.dateline.comment.posting;

import java.time.Duration;

import news.dateline.site.Words;

/** A wait or a window told to the author in whole minutes, rounded up (the rate limit's wait, the edit window). */
public final class Minutes {

    private Minutes() {
    }

    public static String inWords(Words words, Duration duration) {
        return words.get("duration.minutes", Math.max(1, (duration.toSeconds() + 59) / 60));
    }
}
