package news.dateline.comment;

/** Why a reader reports a comment, as the report form offers it. */
public enum ReportReason {
    ABUSIVE("Abusive or hateful"),
    PERSONAL("A personal attack"),
    SPAM("Spam or advertising"),
    OFF_TOPIC("Off topic"),
    OTHER("Something else");

    private final String label;

    ReportReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
