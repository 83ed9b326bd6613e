package news.dateline.article.correction;

/** A correction puts right a fact that was wrong; a clarification adds what was missing or unclear. */
public enum CorrectionKind {
    CORRECTION, CLARIFICATION;

    /** How the note starts on the page: "Correction:" or "Clarification:". */
    public String label() {
        return this == CORRECTION ? "Correction" : "Clarification";
    }
}
