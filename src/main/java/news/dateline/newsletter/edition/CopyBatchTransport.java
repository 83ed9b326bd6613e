package news.dateline.newsletter.edition;

import java.util.List;
import java.util.Map;

/**
 * A {@link CopyTransport} whose provider takes many copies of one edition in one call (SendGrid's personalizations),
 * each still with its own greeting, signed links and delivery id. The delivery worker hands it a claimed batch at
 * once and marks the accepted copies together after the call: a node killed during the call may send that call's
 * copies again, so {@link #batchSize()} bounds the duplicates a crash can cause, as one copy does over SMTP.
 */
interface CopyBatchTransport extends CopyTransport {

    /** Copies one call carries at most. */
    int batchSize();

    /**
     * Sends copies of the template's edition in as few calls as the provider allows; returns the refused ones by
     * delivery id, each with its verdict. Every other copy was accepted.
     */
    Map<Long, CopyRejected> sendAll(CopyTemplate template, List<Delivery> copies) throws InterruptedException;
}
