package news.dateline.offer;

/** Where an offer stands at an instant. */
public enum OfferStatus {
    SCHEDULED, EARLY_ACCESS, PUBLIC, ENDED, WITHDRAWN;

    public String label() {
        return switch (this) {
            case SCHEDULED -> "scheduled";
            case EARLY_ACCESS -> "early access";
            case PUBLIC -> "public";
            case ENDED -> "ended";
            case WITHDRAWN -> "withdrawn";
        };
    }
}
