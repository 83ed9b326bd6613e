package news.dateline.newsletter;

/** How often a newsletter goes out. */
public enum Cadence {
    DAILY("Daily"), WEEKLY("Weekly"), BREAKING("When news breaks");

    private final String label;

    Cadence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
