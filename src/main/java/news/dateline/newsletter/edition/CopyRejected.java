package news.dateline.newsletter.edition;

/**
 * A provider API's refusal of one copy, with what delivery should do about it: {@code RETRY} (throttled, the
 * provider is down), {@code FAILED} (refused for a reason that is not the address: content, account, settings; the
 * address is not suppressed) or {@code BOUNCED} (the address itself is refused for good: it is suppressed).
 */
class CopyRejected extends RuntimeException {

    enum Verdict { RETRY, FAILED, BOUNCED }

    final Verdict verdict;

    CopyRejected(Verdict verdict, String message) {
        super(message);
        this.verdict = verdict;
    }
}
