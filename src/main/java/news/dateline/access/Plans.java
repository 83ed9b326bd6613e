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
            "select id, name, price_minor, currency, billing_interval as \"interval\", benefits, active from plan";

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
