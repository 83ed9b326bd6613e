package news.dateline.comment.moderation;

/** The moderators' queues. */
public enum Queue {
    PENDING("Pending", "Held for review, oldest first"),
    REPORTED("Reported", "Published comments readers reported, most reported first"),
    REJECTED("Rejected", "Rejected by the checks or a moderator, newest first"),
    APPROVED("Recently approved", "Approved by a moderator, newest first");

    private final String label;
    private final String description;

    Queue(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public String param() {
        return name().toLowerCase();
    }

    /** The queue named in a request; pending for anything else. */
    public static Queue of(String param) {
        for (Queue q : values()) {
            if (q.param().equals(param)) {
                return q;
            }
        }
        return PENDING;
    }
}
