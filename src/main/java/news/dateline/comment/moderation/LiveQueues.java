package news.dateline.comment.moderation;

import java.util.HashSet;
import java.util.Set;

import news.dateline.comment.Comment;
import news.dateline.comment.CommentStatus;
import news.dateline.comment.CommentsChanged;
import news.dateline.live.LiveEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the moderators' open queue pages current, over the staff-only {@link #CHANNEL} of the live hub: a comment
 * held for review ({@code held}), and a comment a moderator decided or its author deleted ({@code decided}, with
 * where it stands now), so two moderators see each other's decisions. Only ids and statuses go out; a page asks
 * for a held comment's entry itself, with its own session.
 */
@Component
public final class LiveQueues {

    /** The live channel of the moderation queues; its stream is for moderators and admins only. */
    public static final String CHANNEL = "moderation";

    private final ModerationRepository repository;
    private final LiveEvents live;
    private final JsonMapper json;

    LiveQueues(ModerationRepository repository, LiveEvents live, JsonMapper json) {
        this.repository = repository;
        this.live = live;
        this.json = json;
    }

    record Change(long id, String status) {
    }

    // inside the changing transaction, just before it commits (see CommentChanges)
    @EventListener
    void publish(CommentsChanged changed) {
        Set<Long> decided = new HashSet<>(repository.loggedInThisTransaction(
                changed.comments().stream().map(Comment::id).toList()));
        for (Comment comment : changed.comments()) {
            Change change = new Change(comment.id(), comment.status().name());
            if (comment.status() == CommentStatus.HELD) {
                live.publish(CHANNEL, "held", json.writeValueAsString(change));
            } else if (decided.contains(comment.id()) || comment.status() == CommentStatus.DELETED) {
                live.publish(CHANNEL, "decided", json.writeValueAsString(change));
            }
        }
    }
}
