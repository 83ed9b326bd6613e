package news.dateline.comment.check;

/** The community guidelines a comment is checked against, with the names the {@code moderate} command prints. */
public enum Rule {
    NOT_ENGLISH("not_english"),
    NOT_FULL_SENTENCES("not_full_sentences"),
    ABUSIVE("abusive"),
    PERSONAL("personal");

    private final String code;

    Rule(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
