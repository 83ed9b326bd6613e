package news.dateline.article.presence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who else has an article open in the editor, so two editors know of each other before they both press Save
 * (the save itself is still checked: see {@code ArticleService#update}). Kept in PostgreSQL, so editors on
 * different app nodes see each other.
 */
@Service
public class EditorPresence {

    private final PresenceRepository presence;
    private final PresenceProperties properties;
    private final Clock clock;

    EditorPresence(PresenceRepository presence, PresenceProperties properties, Clock clock) {
        this.presence = presence;
        this.properties = properties;
        this.clock = clock;
    }

    /** Records that the member still has the article open; returns the others who have it open too. */
    @Transactional
    public List<Editing> heartbeat(long articleId, long memberId, String displayName) {
        Instant now = clock.instant();
        Instant expired = now.minus(properties.expiry());
        presence.sweep(articleId, expired);
        presence.beat(articleId, memberId, displayName, now, expired);
        return presence.others(articleId, memberId, expired);
    }

    /** The others with the article open, without recording anything (the first render of the editor). */
    public List<Editing> others(long articleId, long memberId) {
        return presence.others(articleId, memberId, clock.instant().minus(properties.expiry()));
    }

    public void leave(long articleId, long memberId) {
        presence.leave(articleId, memberId);
    }

    public PresenceProperties properties() {
        return properties;
    }
}
