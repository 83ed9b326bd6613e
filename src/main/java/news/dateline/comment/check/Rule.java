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

    /** The rule with this code ({@code "abusive"}), or null when no rule has it. */
    public static Rule ofCode(String code) {
        for (Rule rule : values()) {
            if (rule.code.equals(code)) {
                return rule;
            }
        }
        return null;
    }
}
