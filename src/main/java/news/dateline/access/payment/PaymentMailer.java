package news.dateline.access.payment;

import java.util.Optional;

import news.dateline.access.Plan;
import news.dateline.access.Plans;
import news.dateline.access.Subscription;
import news.dateline.access.Subscriptions;
import news.dateline.mail.MailOutbox;
import news.dateline.mail.OutgoingMail;
import news.dateline.member.Member;
import news.dateline.member.Members;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails the reader what the providers' webhooks did to their paid subscription, queued in the outbox inside the
 * applying transaction: welcome when it starts, a receipt for every payment (renewal receipts after the first),
 * payment failed (with the link to fix it), card expiring, cancellation confirmed, ended. Each mail has a dedupe key naming the
 * subscription, invoice or provider event, so no event mails twice. Words in {@link PaymentMails}.
 */
@Component
class PaymentMailer {

    private final MailOutbox outbox;
    private final PaymentMails mails;
    private final Members members;
    private final Subscriptions subscriptions;
    private final Plans plans;
    private final PaymentReceipts receipts;

    PaymentMailer(MailOutbox outbox, PaymentMails mails, Members members, Subscriptions subscriptions,
                  Plans plans, PaymentReceipts receipts) {
        this.outbox = outbox;
        this.mails = mails;
        this.members = members;
        this.subscriptions = subscriptions;
        this.plans = plans;
        this.receipts = receipts;
    }

    @EventListener
    void on(PaidSubscriptionChanged e) {
        Optional<PaymentMails.About> about = about(e.memberId(), e.subscriptionId());
        if (about.isEmpty()) {
            return;
        }
        String key = "payment:" + e.subscriptionId() + ":";
        if (e.started()) {
            send(mails.welcome(about.get(), e.current() == Subscription.Status.TRIALING), key + "welcome");
        }
        if (e.paymentFailed()) {
            send(mails.paymentFailed(about.get()), key + "failed:" + e.eventId());
        }
        if (e.cancelledAtPeriodEnd()) {
            send(mails.cancellationConfirmed(about.get()), key + "cancel-at-period-end:" + e.eventId());
        }
        if (e.ended()) {
            send(mails.ended(about.get(), e.current() == Subscription.Status.REFUNDED,
                    e.current() == Subscription.Status.UNPAID), key + "ended:" + e.current() + ":" + e.eventId());
        }
    }

    @EventListener
    void on(PaymentReceiptRecorded r) {
        if (r.status() != Receipt.Status.PAID || r.amountMinor() == 0) {
            return;
        }
        about(r.memberId(), r.subscriptionId()).ifPresent(a -> {
            boolean renewal = r.subscriptionId() != null && receipts.ofMember(r.memberId()).stream()
                    .anyMatch(p -> r.subscriptionId().equals(p.subscriptionId()) && p.amountMinor() > 0
                            && p.status() != Receipt.Status.FAILED && !p.invoiceId().equals(r.invoiceId()));
            send(mails.receipt(a, r, renewal), "payment:receipt:" + r.provider() + ":" + r.invoiceId());
        });
    }

    @EventListener
    void on(PaymentCardExpiring e) {
        CardExpiry card = e.card();
        about(e.memberId(), e.subscriptionId()).ifPresent(a -> send(mails.cardExpiring(a, card),
                "payment:card-expiring:" + e.provider() + ":" + card.customerId() + ":" + card.last4() + ":"
                        + card.expYear() + "-" + card.expMonth()));
    }

    private void send(OutgoingMail mail, String key) {
        outbox.enqueue(mail.withDedupeKey(key));
    }

    private Optional<PaymentMails.About> about(long memberId, Long subscriptionId) {
        Optional<Member> member = members.find(memberId);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        Optional<Subscription> subscription = subscriptionId == null ? Optional.empty()
                : subscriptions.ofMember(memberId).stream().filter(s -> s.id() == subscriptionId).findFirst();
        String plan = subscription.map(Subscription::planId).flatMap(plans::find).map(Plan::name)
                .orElseGet(mails::unnamedPlan);
        return Optional.of(new PaymentMails.About(member.get().email(), member.get().displayName(), plan,
                subscription.map(s -> s.paid().currentPeriodEnd()).orElse(null)));
    }
}
