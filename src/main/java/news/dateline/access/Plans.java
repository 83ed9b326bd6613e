package news.dateline.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans readers can subscribe to, made by the newsroom. Plans are never deleted (subscriptions name them);
 * a withdrawn plan is inactive. Sibling of {@link Subscriptions}.
 */
@Service
public class Plans {

    private static final String COLUMNS =
            "select id, name, price_minor, currency, billing_interval as \"interval\", benefits, active, stripe_price_id,"
            + " razorpay_plan_id from plan";

    private final JdbcClient jdbc;
    private final Clock clock;

    Plans(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The plans the subscribe page offers, cheapest first. */
    public List<Plan> active() {
        return jdbc.sql(COLUMNS + " where active order by price_minor, name").query(Plan.class).list();
    }

    public List<Plan> all() {
        return jdbc.sql(COLUMNS + " order by active desc, price_minor, name").query(Plan.class).list();
    }

    public Optional<Plan> find(long id) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(Plan.class).optional();
    }

    /** The plan sold as this provider's price or plan id ({@code STRIPE}: a Price id; {@code RAZORPAY}: a Plan id). */
    public Optional<Plan> findByProviderPrice(String provider, String providerPriceId) {
        String column = switch (provider) {
            case "STRIPE" -> "stripe_price_id";
            case "RAZORPAY" -> "razorpay_plan_id";
            default -> throw new IllegalArgumentException("no such provider: " + provider);
        };
        return jdbc.sql(COLUMNS + " where " + column + " = :id").param("id", providerPriceId).query(Plan.class)
                .optional();
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
            jdbc.sql("update plan set stripe_price_id = :stripe, razorpay_plan_id = :razorpay where id = :id")
                    .param("id", id).param("stripe", stripe).param("razorpay", razorpay).update();
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
            long id = jdbc.sql("""
                            insert into plan (name, price_minor, currency, billing_interval, benefits, created_at)
                            values (:name, :price, :currency, :interval, :benefits, :now) returning id""")
                    .param("name", plan.name().strip()).param("price", plan.priceMinor())
                    .param("currency", plan.currency().strip().toUpperCase())
                    .param("interval", plan.interval().name())
                    .param("benefits", plan.benefits() == null ? "" : plan.benefits().strip())
                    .param("now", Timestamp.from(clock.instant()))
                    .query(Long.class).single();
            return find(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw new Subscriptions.SubscriptionException("A plan named " + plan.name().strip() + " already exists.");
        }
    }

    @Transactional
    public void setActive(long id, boolean active) {
        jdbc.sql("update plan set active = :active where id = :id").param("id", id).param("active", active).update();
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
