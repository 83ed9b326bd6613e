package news.dateline.access;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans readers can subscribe to, made by the newsroom. Plans are never deleted (subscriptions name them);
 * a withdrawn plan is inactive. Sibling of {@link Subscriptions}.
 */
@Service
public class Plans {

    private final PlanRepository plans;
    private final Clock clock;

    Plans(PlanRepository plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    /** The plans the subscribe page offers, cheapest first. */
    public List<Plan> active() {
        return plans.active();
    }

    public List<Plan> all() {
        return plans.all();
    }

    public Optional<Plan> find(long id) {
        return plans.find(id);
    }

    /** The plan sold as this provider's price or plan id ({@code STRIPE}: a Price id; {@code RAZORPAY}: a Plan id). */
    public Optional<Plan> findByProviderPrice(String provider, String providerPriceId) {
        return switch (provider) {
            case "STRIPE" -> plans.findByStripePrice(providerPriceId);
            case "RAZORPAY" -> plans.findByRazorpayPlan(providerPriceId);
            default -> throw new IllegalArgumentException("no such provider: " + provider);
        };
    }

    /**
     * Links a plan to the providers' prices it is sold as (blank: none).
     *
     * @throws Subscriptions.SubscriptionException when an id is malformed or already names another plan
     */
    @Transactional
    public void setProviderPrices(long id, String stripePriceId, String razorpayPlanId) {
        String stripe = blankToNull(stripePriceId);
        String razorpay = blankToNull(razorpayPlanId);
        for (String given : new String[] {stripe, razorpay}) {
            if (given != null && !given.matches("[A-Za-z0-9_]{1,255}")) {
                throw new Subscriptions.SubscriptionException("A provider id has letters, digits and underscores only,"
                        + " such as price_1Qx… or plan_Nx….");
            }
        }
        try {
            plans.setProviderPrices(id, stripe, razorpay);
        } catch (DuplicateKeyException e) {
            throw new Subscriptions.SubscriptionException("Another plan is already sold as that provider price.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * @throws Subscriptions.SubscriptionException when the plan is incomplete or its name is taken
     */
    @Transactional
    public Plan create(NewPlan plan) {
        String problem = plan.problem();
        if (problem != null) {
            throw new Subscriptions.SubscriptionException(problem);
        }
        try {
            long id = plans.insert(plan.name().strip(), plan.priceMinor(), plan.currency().strip().toUpperCase(),
                    plan.interval(), plan.benefits() == null ? "" : plan.benefits().strip(), clock.instant());
            return find(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw new Subscriptions.SubscriptionException("A plan named " + plan.name().strip() + " already exists.");
        }
    }

    @Transactional
    public void setActive(long id, boolean active) {
        plans.setActive(id, active);
    }

    /** A plan to create, as the newsroom types it. */
    public record NewPlan(String name, long priceMinor, String currency, BillingInterval interval, String benefits) {

        String problem() {
            if (name == null || name.isBlank()) {
                return "Give the plan a name.";
            }
            if (priceMinor < 0) {
                return "The price cannot be negative.";
            }
            if (currency == null || !currency.strip().toUpperCase().matches("[A-Z]{3}")) {
                return "Give the currency as a three-letter code, such as INR.";
            }
            if (interval == null) {
                return "Choose how often the plan is paid for.";
            }
            return null;
        }
    }
}
