package news.dateline.access;

/**
 * A reader's meter for the current month, as far as one article is concerned.
 *
 * @param counted        distinct metered articles already counted this month
 * @param allowance      how many the reader may read free this month
 * @param articleCounted whether this article is one of them (re-reading it is free)
 */
public record MeterState(int counted, int allowance, boolean articleCounted) {

    /** For readers the meter does not apply to. */
    public static final MeterState NONE = new MeterState(0, 0, false);

    public static MeterState of(int counted, int allowance, boolean articleCounted) {
        return new MeterState(counted, allowance, articleCounted);
    }

    public boolean exhausted() {
        return counted >= allowance;
    }
}
