package news.dateline.newsletter.feedback;

/**
 * An edition's bounces and complaints beside the copies sent, as rates; {@code warning} once the complaint rate
 * passes the threshold large mailbox providers enforce (0.1 % by default).
 */
public record EditionFeedback(long sent, long bounces, long complaints, double complaintRateWarning) {

    public boolean warning() {
        return sent > 0 && complaintRate() > complaintRateWarning;
    }

    public double bounceRate() {
        return sent == 0 ? 0 : (double) bounces / sent;
    }

    public double complaintRate() {
        return sent == 0 ? 0 : (double) complaints / sent;
    }

    /** The rate as a percentage with two decimals, e.g. "0.12 %". */
    public static String percent(double rate) {
        return String.format(java.util.Locale.ROOT, "%.2f %%", rate * 100);
    }
}
