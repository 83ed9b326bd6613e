package news.dateline.access.payment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static news.dateline.access.payment.PaidSubscriptionStore.ts;

/** The {@code payment_invoice} table: receipts, whose status only moves forward (FAILED, PAID, REFUNDED). */
@Repository
class ReceiptStore {

    private final JdbcClient jdbc;

    ReceiptStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the receipt (or moves its status forward); false when the member does not exist. */
    boolean upsert(Provider provider, Receipt r, Long subscriptionId, long memberId, Instant now) {
        return jdbc.sql("""
                        insert into payment_invoice (provider, provider_invoice_id, provider_payment_id,
                            subscription_id, member_id, amount_minor, currency, status, period_start, period_end,
                            hosted_invoice_url, created_at, recorded_at)
                        select :provider, :invoice, :payment, cast(:subscription as bigint), :member, :amount,
                               :currency, :status, cast(:start as timestamptz), cast(:end as timestamptz),
                               cast(:url as text), :created, :now
                        where exists (select 1 from member where id = :member)
                        on conflict (provider, provider_invoice_id) do update set
                            status = case when array_position(array['FAILED', 'PAID', 'REFUNDED'],
                                                              excluded.status)
                                             > array_position(array['FAILED', 'PAID', 'REFUNDED'],
                                                              payment_invoice.status)
                                          then excluded.status else payment_invoice.status end,
                            amount_minor = case when excluded.status = 'PAID' then excluded.amount_minor
                                                else payment_invoice.amount_minor end,
                            provider_payment_id = coalesce(excluded.provider_payment_id,
                                                           payment_invoice.provider_payment_id),
                            subscription_id = coalesce(payment_invoice.subscription_id, excluded.subscription_id),
                            hosted_invoice_url = coalesce(excluded.hosted_invoice_url,
                                                          payment_invoice.hosted_invoice_url)""")
                .param("provider", provider.name()).param("invoice", r.invoiceId()).param("payment", r.paymentId())
                .param("subscription", subscriptionId).param("member", memberId).param("amount", r.amountMinor())
                .param("currency", r.currency()).param("status", r.status().name())
                .param("start", ts(r.periodStart())).param("end", ts(r.periodEnd()))
                .param("url", r.hostedInvoiceUrl()).param("created", ts(r.createdAt() != null ? r.createdAt() : now))
                .param("now", ts(now)).update() == 1;
    }

    List<PaymentReceipt> ofMember(long memberId) {
        return jdbc.sql("""
                        select id, provider, provider_invoice_id as invoice_id, subscription_id, amount_minor,
                               currency, status, period_start, period_end, hosted_invoice_url, created_at
                        from payment_invoice where member_id = :member order by created_at desc, id desc""")
                .param("member", memberId).query(PaymentReceipt.class).list();
    }

    Optional<PaymentReceipt> ofMember(long memberId, long id) {
        return jdbc.sql("""
                        select id, provider, provider_invoice_id as invoice_id, subscription_id, amount_minor,
                               currency, status, period_start, period_end, hosted_invoice_url, created_at
                        from payment_invoice where member_id = :member and id = :id""")
                .param("member", memberId).param("id", id).query(PaymentReceipt.class).optional();
    }

    /** The subscription of the receipt that names this payment (or charge); marks the receipt refunded if asked. */
    Optional<Long> subscriptionOfPayment(Provider provider, String paymentId, String chargeId, boolean refunded) {
        String sql = refunded
                ? "update payment_invoice set status = 'REFUNDED' where provider = :provider"
                  + " and provider_payment_id in (:payment, :charge) returning subscription_id"
                : "select subscription_id from payment_invoice where provider = :provider"
                  + " and provider_payment_id in (:payment, :charge)";
        return jdbc.sql(sql).param("provider", provider.name())
                .param("payment", paymentId == null ? "" : paymentId).param("charge", chargeId == null ? "" : chargeId)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    return rs.wasNull() ? null : id;
                }).list().stream().filter(java.util.Objects::nonNull).findFirst();
    }
}
