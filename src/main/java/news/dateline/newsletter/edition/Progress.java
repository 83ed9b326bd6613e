package news.dateline.newsletter.edition;

/** How far an edition's delivery is: copies by status. */
public record Progress(long pending, long sending, long sent, long failed, long bounced, long skipped) {

    public long queued() {
        return pending + sending + sent + failed + bounced + skipped;
    }

    public boolean finished() {
        return pending == 0 && sending == 0;
    }
}
