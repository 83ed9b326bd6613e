package news.dateline.access.web;

import news.dateline.access.Subscriptions;
import news.dateline.access.payment.PaymentLedger;
import news.dateline.access.payment.PaymentReceipts;
import news.dateline.member.Member;
import news.dateline.member.Members;
import news.dateline.site.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The newsroom's page of one member's subscriptions ({@code /admin/subscriptions/members/{id}}, admins only: it
 * shows payments): their subscriptions, receipts and every provider event with what applying it did, refunds and
 * disputes flagged. Sibling of {@link SubscriptionAdminController}, whose list links here.
 */
@Controller
class MemberBillingController {

    static final int EVENTS = 500;

    private final Members members;
    private final Subscriptions subscriptions;
    private final PaymentReceipts receipts;
    private final PaymentLedger ledger;
    private final SubscriptionRows rows;
    private final PaymentLines lines;

    MemberBillingController(Members members, Subscriptions subscriptions, PaymentReceipts receipts,
                            PaymentLedger ledger, SubscriptionRows rows, PaymentLines lines) {
        this.members = members;
        this.subscriptions = subscriptions;
        this.receipts = receipts;
        this.ledger = ledger;
        this.rows = rows;
        this.lines = lines;
    }

    static String path(long memberId) {
        return "/admin/subscriptions/members/" + memberId;
    }

    @GetMapping("/admin/subscriptions/members/{id}")
    String member(@PathVariable long id, Model model) {
        Member member = members.find(id).orElseThrow(() -> new NotFoundException("member " + id));
        model.addAttribute("title", "Subscriptions of " + member.email());
        model.addAttribute("member", member);
        model.addAttribute("subscriptions", rows.rows(subscriptions.ofMember(id), false));
        model.addAttribute("receipts", lines.receipts(receipts.ofMember(id)));
        model.addAttribute("events", lines.events(ledger.eventsOf(id, EVENTS)));
        return "admin/access/member";
    }
}
