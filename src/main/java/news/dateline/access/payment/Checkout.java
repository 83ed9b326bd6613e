package news.dateline.access.payment;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import news.dateline.access.Plan;
import news.dateline.access.Plans;
import news.dateline.access.Subscription;
import news.dateline.access.Subscriptions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The reader's purchase and self-service: which provider sells a plan, starting its checkout, and the account
 * page's actions on a paid subscription. Every action asks the provider ({@link PaymentProvider}); the provider's
 * webhook then changes the subscription ({@link PaymentLedger}). In test mode {@link TestModeProvider} stands in
 * for every provider; otherwise a provider is on when its API keys are configured ({@link PaymentProperties}).
 */
@Service
public class Checkout {

    private final PaymentMode mode;
    private final PaymentProperties properties;
    private final Plans plans;
    private final Subscriptions subscriptions;
    private final TestModeProvider testMode;
    private final CheckoutOffers offers;
    private final Map<Provider, PaymentProvider> providers = new EnumMap<>(Provider.class);

    Checkout(PaymentMode mode, PaymentProperties properties, Plans plans, Subscriptions subscriptions,
             TestModeProvider testMode, ObjectProvider<CheckoutOffers> offers) {
        this.offers = offers.getIfAvailable(() -> (member, plan) -> Optional.empty());
        this.mode = mode;
        this.properties = properties;
        this.plans = plans;
        this.subscriptions = subscriptions;
        this.testMode = testMode;
        if (properties.stripe().apiConfigured()) {
            providers.put(Provider.STRIPE, new StripeProvider(properties.stripe()));
        }
        if (properties.razorpay().apiConfigured()) {
            providers.put(Provider.RAZORPAY, new RazorpayProvider(properties.razorpay()));
        }
    }

    public boolean testMode() {
        return mode.testMode();
    }

    /** Whether readers can pay online at all (test mode, or a provider's keys set). */
    public boolean online() {
        return mode.testMode() || !providers.isEmpty();
    }

    /**
     * The providers a reader may pay this plan with, in the order to offer them: in test mode the test page only
     * (as STRIPE); otherwise those configured with the plan's price id, Razorpay first for rupee plans.
     */
    public List<Provider> choicesFor(Plan plan) {
        if (mode.testMode()) {
            return List.of(Provider.STRIPE);
        }
        List<Provider> choices = new ArrayList<>(providers.values().stream().filter(p -> p.sells(plan))
                .map(PaymentProvider::provider).toList());
        if ("INR".equals(plan.currency()) && choices.remove(Provider.RAZORPAY)) {
            choices.addFirst(Provider.RAZORPAY);
        }
        return choices;
    }

    /** The offer the member redeemed for this plan and has not used yet: its price applies at checkout. */
    public Optional<CheckoutOffers.PendingOffer> offerFor(long memberId, Plan plan) {
        return offers.pendingFor(memberId, plan);
    }

    /**
     * Whether paying through this provider charges the offer's price: the offer names the provider's discount (a
     * Stripe coupon, a Razorpay offer); test mode always applies it. Otherwise the provider charges the full price.
     */
    public boolean appliesThrough(CheckoutOffers.PendingOffer offer, Provider provider) {
        return mode.testMode() || offer.appliesThrough(provider);
    }

    /** For the newsroom: the settings still missing for readers to pay online (empty when all are set). */
    public List<String> missingSettings() {
        List<String> missing = new ArrayList<>();
        if (!properties.stripe().apiConfigured()) {
            missing.add("DATELINE_STRIPE_SECRET_KEY");
        }
        if (!properties.stripe().webhooksConfigured()) {
            missing.add("DATELINE_STRIPE_WEBHOOK_SECRET");
        }
        if (!properties.razorpay().apiConfigured()) {
            missing.add("DATELINE_RAZORPAY_KEY_ID and DATELINE_RAZORPAY_KEY_SECRET");
        }
        if (!properties.razorpay().webhooksConfigured()) {
            missing.add("DATELINE_RAZORPAY_WEBHOOK_SECRET");
        }
        return missing;
    }

    /**
     * Starts a checkout and returns where to send the reader.
     *
     * @throws AlreadySubscribed         when the member already has a current subscription
     * @throws PaymentProvider.ProviderException when the plan cannot be paid for online here, or the provider refused
     */
    public URI start(CheckoutCommand command) {
        if (subscriptions.current(command.memberId()).isPresent()) {
            throw new AlreadySubscribed();
        }
        Plan plan = plans.find(command.planId()).filter(Plan::active)
                .orElseThrow(() -> new PaymentProvider.ProviderException("That plan is not on offer."));
        List<Provider> choices = choicesFor(plan);
        if (choices.isEmpty()) {
            throw new PaymentProvider.ProviderException("Paying online is not set up yet for this plan.");
        }
        Provider chosen = command.provider() != null && choices.contains(command.provider()) ? command.provider()
                : choices.getFirst();
        PaymentProvider provider = mode.testMode() ? testMode : providers.get(chosen);
        String customer = subscriptions.ofMember(command.memberId()).stream()
                .filter(s -> chosen.name().equals(s.source()) && s.providerCustomerId() != null)
                .map(Subscription::providerCustomerId).findFirst().orElse(null);
        // an offer the chosen provider cannot charge is not named either: the reader pays, and is shown, full price
        CheckoutOffers.PendingOffer offer = offers.pendingFor(command.memberId(), plan)
                .filter(o -> appliesThrough(o, chosen)).orElse(null);
        return provider.startCheckout(new PaymentProvider.CheckoutRequest(command.memberId(), command.email(), plan,
                offer, customer, command.successUrl(), command.cancelUrl()));
    }

    /**
     * The member's paid subscription the account page acts on: the latest that has not ended and got past
     * checkout.
     */
    public Optional<Subscription> paidSubscription(long memberId) {
        return subscriptions.ofMember(memberId).stream()
                .filter(s -> !s.complimentary() && !s.status().isFinal()
                        && s.status() != Subscription.Status.INCOMPLETE)
                .findFirst();
    }

    /** The member's latest subscription begun at a provider (any status), for the thank-you page. */
    public Optional<Subscription> latestPaid(long memberId) {
        return subscriptions.ofMember(memberId).stream().filter(s -> !s.complimentary()).findFirst();
    }

    /** Asks the provider to end the member's subscription at the end of its period; the provider's name. */
    public String cancelAtPeriodEnd(long memberId) {
        Subscription s = actionable(memberId);
        providerOf(s).cancelAtPeriodEnd(s);
        return name(s);
    }

    public String resume(long memberId) {
        Subscription s = actionable(memberId);
        providerOf(s).resume(s);
        return name(s);
    }

    public String switchPlan(long memberId, long planId) {
        Subscription s = actionable(memberId);
        Plan to = plans.find(planId).filter(Plan::active)
                .orElseThrow(() -> new PaymentProvider.ProviderException("That plan is not on offer."));
        if (to.id() == (s.planId() == null ? -1 : s.planId())) {
            throw new PaymentProvider.ProviderException("You are on that plan already.");
        }
        providerOf(s).switchPlan(s, to);
        return name(s);
    }

    public URI paymentMethodUrl(long memberId, String returnUrl) {
        Subscription s = actionable(memberId);
        return providerOf(s).paymentMethodUrl(s, returnUrl);
    }

    /** Test mode only: the member's own checkout waiting on the test page, if any. */
    public Optional<TestCheckoutView> testCheckout(String id, long memberId) {
        if (!mode.testMode()) {
            return Optional.empty();
        }
        return testMode.checkout(id, memberId).map(c -> new TestCheckoutView(c.id(), c.plan(),
                c.offer() == null ? null : c.offer().summary()));
    }

    /** Test mode only: pays the checkout (the signed events are delivered before this returns); where to go next. */
    public String testPay(String id, long memberId) {
        return testMode.pay(testMode.checkout(id, memberId).filter(c -> mode.testMode())
                .orElseThrow(() -> new PaymentProvider.ProviderException("That checkout has expired.")));
    }

    /** Test mode only: the bank declines the checkout's first payment; where to go next. */
    public String testDecline(String id, long memberId) {
        return testMode.decline(testMode.checkout(id, memberId).filter(c -> mode.testMode())
                .orElseThrow(() -> new PaymentProvider.ProviderException("That checkout has expired.")));
    }

    /** Test mode only: the next period is paid now. */
    public void testRenewal(long memberId) {
        requireTestMode();
        testMode.renew(actionable(memberId));
    }

    /** Test mode only: the renewal's payment fails now. */
    public void testFailedRenewal(long memberId) {
        requireTestMode();
        testMode.failRenewal(actionable(memberId));
    }

    private void requireTestMode() {
        if (!mode.testMode()) {
            throw new PaymentProvider.ProviderException("Payments are not in test mode.");
        }
    }

    private Subscription actionable(long memberId) {
        return paidSubscription(memberId)
                .orElseThrow(() -> new PaymentProvider.ProviderException("You have no paid subscription to change."));
    }

    private PaymentProvider providerOf(Subscription s) {
        if (mode.testMode()) {
            return testMode;
        }
        PaymentProvider provider = providers.get(Provider.valueOf(s.source()));
        if (provider == null) {
            throw new PaymentProvider.ProviderException("Changes through " + display(s.source())
                    + " are not set up on this site yet; our subscriptions team can help.");
        }
        return provider;
    }

    private String name(Subscription s) {
        return mode.testMode() ? "the test-mode provider" : display(s.source());
    }

    /** The provider's name as readers know it. */
    public static String display(String source) {
        return switch (source) {
            case "STRIPE" -> "Stripe";
            case "RAZORPAY" -> "Razorpay";
            default -> source;
        };
    }

    /**
     * A reader's checkout to start.
     *
     * @param provider the reader's choice when several can sell the plan, or null
     */
    public record CheckoutCommand(long memberId, String email, long planId, Provider provider,
                                  String successUrl, String cancelUrl) {
    }

    /** A test-mode checkout as its page shows it; {@code offer} is the offer's summary, or null. */
    public record TestCheckoutView(String id, Plan plan, String offer) {
    }

    /** The member already has a current subscription: nothing to buy. */
    public static class AlreadySubscribed extends RuntimeException {
        public AlreadySubscribed() {
            super("already subscribed");
        }
    }
}
