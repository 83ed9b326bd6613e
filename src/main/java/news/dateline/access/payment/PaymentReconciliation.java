package news.dateline.access.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import com.razorpay.RazorpayException;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import news.dateline.access.Subscription.Status;
import org.json.JSONObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The nightly reconciliation: repairs what a lost webhook left behind. One node at a time runs it for each
 * configured provider (the provider's {@code payment_reconciliation} row claimed with {@code FOR UPDATE SKIP LOCKED}
 * and a lease, {@link ReconciliationStore}); every repair goes through {@link PaymentLedger#record}, like a webhook,
 * and is logged.
 * <ul>
 * <li>Stripe: the events of the handled types created since the last run (stripe-java's event list, every page)
 *     are translated as their deliveries would have been ({@link StripeEvents}) and recorded: those delivered before
 *     are repeats of their event id and change nothing, so only lost ones apply.</li>
 * <li>Razorpay has no list of events: each subscription kept here that has not ended (or changed since the last run)
 *     is fetched, and where Razorpay's status differs from ours a repair event {@code reconcile:<subscription>:<time>}
 *     carrying Razorpay's subscription entity is recorded. An ended subscription stays ended ({@link EventOrder}).</li>
 * </ul>
 * Test mode has no provider to ask; a provider without API keys is skipped.
 */
@Service
public class PaymentReconciliation {

    private static final Logger log = LoggerFactory.getLogger(PaymentReconciliation.class);

    /** Longer than any run; a node that died mid-run leaves the claim to the next run after this. */
    private static final Duration LEASE = Duration.ofHours(1);
    /** Asked again before the last run's start: events Stripe had not yet listed then; repeats are free. */
    private static final Duration OVERLAP = Duration.ofMinutes(10);

    /** What one run did for one provider. */
    public record Run(Provider provider, boolean ran, int repaired, String note) {
        static Run skipped(Provider provider, String why) {
            return new Run(provider, false, 0, why);
        }
    }

    /** The last finished run of a provider: for the newsroom's payments page. */
    public record LastRun(Provider provider, Instant startedAt, Instant finishedAt, int repaired) {
    }

    private final PaymentProperties properties;
    private final PaymentMode mode;
    private final StripeEvents stripeEvents;
    private final PaymentLedger ledger;
    private final ReconciliationStore store;
    private final Clock clock;
    private final StripeProvider stripe;
    private final RazorpayProvider razorpay;

    @Autowired
    PaymentReconciliation(PaymentProperties properties, PaymentMode mode, StripeEvents stripeEvents,
                          PaymentLedger ledger, ReconciliationStore store, Clock clock) {
        this.properties = properties;
        this.mode = mode;
        this.stripeEvents = stripeEvents;
        this.ledger = ledger;
        this.store = store;
        this.clock = clock;
        this.stripe = properties.stripe().apiConfigured() ? new StripeProvider(properties.stripe()) : null;
        this.razorpay = properties.razorpay().apiConfigured() ? new RazorpayProvider(properties.razorpay()) : null;
    }

    @Scheduled(cron = "${dateline.payments.reconcile-cron:0 30 3 * * *}", zone = "${dateline.site.zone:Asia/Kolkata}")
    void nightly() {
        runAll();
    }

    /** Runs the reconciliation of every configured provider (the nightly job; admins on demand). */
    public Map<Provider, Run> runAll() {
        Map<Provider, Run> runs = new EnumMap<>(Provider.class);
        for (Provider provider : Provider.values()) {
            runs.put(provider, run(provider));
        }
        return runs;
    }

    /** Each provider's last finished run (none before the first). */
    public java.util.List<LastRun> lastRuns() {
        return store.lastRuns();
    }

    /** Runs one provider's reconciliation, unless another node is running it. */
    public Run run(Provider provider) {
        if (mode.testMode()) {
            return Run.skipped(provider, "test mode");
        }
        if (provider == Provider.STRIPE ? stripe == null : razorpay == null) {
            return Run.skipped(provider, "no API keys");
        }
        Instant started = clock.instant();
        Optional<ReconciliationStore.Claim> claim = store.claim(provider, started, started.plus(LEASE));
        if (claim.isEmpty()) {
            log.info("{} reconciliation: another node is running it", provider);
            return Run.skipped(provider, "running on another node");
        }
        Instant since = claim.get().lastRunAt() == null ? started.minus(properties.reconcileLookback())
                : claim.get().lastRunAt().minus(OVERLAP);
        try {
            int repaired = provider == Provider.STRIPE ? stripe(since) : razorpay(since, started);
            store.finish(provider, started, clock.instant(), repaired);
            log.info("{} reconciliation since {}: {} repaired", provider, since, repaired);
            return new Run(provider, true, repaired, null);
        } catch (StripeException | RuntimeException e) {
            store.release(provider);
            log.warn("{} reconciliation failed, to be retried from {}: {}", provider, since, e.toString());
            return new Run(provider, false, 0, "failed: " + e.getMessage());
        }
    }

    private int stripe(Instant since) throws StripeException {
        int repaired = 0;
        for (Event listed : stripe.eventsSince(since, StripeEvents.HANDLED)) {
            ProviderEvent event = stripeEvents.listed(listed);
            String subscription = event.change() == null ? null : event.change().subscriptionId();
            Optional<Status> before = subscription == null ? Optional.empty()
                    : store.status(Provider.STRIPE, subscription);
            if (ledger.record(event) == PaymentLedger.Outcome.RECORDED) {
                repaired++;
                log.warn("Stripe reconciliation replayed lost event {} ({}) of {}: {} -> {}", event.eventId(),
                        event.type(), subscription == null ? "no subscription" : subscription,
                        before.map(Status::name).orElse("none"), subscription == null ? "-"
                                : store.status(Provider.STRIPE, subscription).map(Status::name).orElse("none"));
            }
        }
        return repaired;
    }

    private int razorpay(Instant since, Instant now) {
        int repaired = 0;
        for (ReconciliationStore.Held held : store.held(Provider.RAZORPAY, since)) {
            JSONObject entity;
            try {
                entity = razorpay.subscription(held.subscriptionId());
            } catch (RazorpayException | RuntimeException e) {
                // one subscription Razorpay cannot find does not keep the others from being checked
                log.warn("Razorpay reconciliation could not fetch {}: {}", held.subscriptionId(), e.getMessage());
                continue;
            }
            SubscriptionChange change = RazorpayEvents.change("subscription.reconciled", entity);
            if (change.status() == held.status() || held.status().isFinal()) {
                continue;
            }
            String id = "reconcile:" + held.subscriptionId() + ":" + now.getEpochSecond();
            ledger.record(new ProviderEvent(Provider.RAZORPAY, id, "subscription.reconciled", entity.toString(),
                    now, change, null, null));
            Status after = store.status(Provider.RAZORPAY, held.subscriptionId()).orElse(held.status());
            if (after != held.status()) {
                repaired++;
            }
            log.warn("Razorpay reconciliation of {}: Razorpay says {} ({}), we held {}: now {} (event {})",
                    held.subscriptionId(), entity.optString("status"), change.status(), held.status(), after, id);
        }
        return repaired;
    }
}
