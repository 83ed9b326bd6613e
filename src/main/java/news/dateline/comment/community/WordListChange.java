package news.dateline.comment.community;

import java.time.Instant;

/**
 * One logged change to the word lists.
 *
 * @param tier      the tier the entry was added to, removed from, or moved to
 * @param changedBy the name of the member who made it
 */
public record WordListChange(String entry, Action action, WordTier tier, String changedBy, Instant changedAt) {

    public enum Action {
        ADDED("added to"), REMOVED("removed from"), MOVED("moved to");

        private final String words;

        Action(String words) {
            this.words = words;
        }

        /** "added to", to read "“x” added to banned". */
        public String words() {
            return words;
        }
    }
}
