package news.dateline.comment.community;

/** The two word lists of the abuse check. */
public enum WordTier {

    /** A comment with the word is rejected. */
    BANNED("banned", "rejects the comment"),
    /** A comment with the word is held for a moderator. */
    SUSPECT("suspect", "holds the comment for review");

    private final String label;
    private final String effect;

    WordTier(String label, String effect) {
        this.label = label;
        this.effect = effect;
    }

    public String label() {
        return label;
    }

    public String effect() {
        return effect;
    }

    public WordTier other() {
        return this == BANNED ? SUSPECT : BANNED;
    }
}
