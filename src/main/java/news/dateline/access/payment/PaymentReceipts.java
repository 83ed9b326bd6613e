package news.dateline.access.payment;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' receipts, kept by {@link PaymentLedger} from the providers' invoice and payment events: for the account
 * page's list and the newsroom. Read only.
 */
@Service
public class PaymentReceipts {

    private final ReceiptStore store;

    PaymentReceipts(ReceiptStore store) {
        this.store = store;
    }

    /** The member's receipts, newest first. */
    @Transactional(readOnly = true)
    public List<PaymentReceipt> ofMember(long memberId) {
        return store.ofMember(memberId);
    }

    /** One of the member's receipts; empty when there is none of that id or it is another member's. */
    @Transactional(readOnly = true)
    public Optional<PaymentReceipt> ofMember(long memberId, long receiptId) {
        return store.ofMember(memberId, receiptId);
    }
}
