package news.dateline.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code plan} table, for {@link Plans}. */
@Repository
class PlanRepository {

    private static final String COLUMNS =
            "select id, name, price_minor, currency, billing_interval as \"interval\", benefits, active, stripe_price_id,"
            + " razorpay_plan_id from plan";

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Plan> active() {
        return jdbc.sql(COLUMNS + " where active order by price_minor, name").query(Plan.class).list();
    }

    List<Plan> all() {
        return jdbc.sql(COLUMNS + " order by active desc, price_minor, name").query(Plan.class).list();
    }

    Optional<Plan> find(long id) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(Plan.class).optional();
    }

    Optional<Plan> findByStripePrice(String priceId) {
        return jdbc.sql(COLUMNS + " where stripe_price_id = :id").param("id", priceId).query(Plan.class).optional();
    }

    Optional<Plan> findByRazorpayPlan(String planId) {
        return jdbc.sql(COLUMNS + " where razorpay_plan_id = :id").param("id", planId).query(Plan.class).optional();
    }

    /** @throws org.springframework.dao.DuplicateKeyException when an id already names another plan */
    void setProviderPrices(long id, String stripePriceId, String razorpayPlanId) {
        jdbc.sql("update plan set stripe_price_id = :stripe, razorpay_plan_id = :razorpay where id = :id")
                .param("id", id).param("stripe", stripePriceId).param("razorpay", razorpayPlanId).update();
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the name is taken */
    long insert(String name, long priceMinor, String currency, BillingInterval interval, String benefits, Instant at) {
        return jdbc.sql("""
                        insert into plan (name, price_minor, currency, billing_interval, benefits, created_at)
                        values (:name, :price, :currency, :interval, :benefits, :now) returning id""")
                .param("name", name).param("price", priceMinor).param("currency", currency)
                .param("interval", interval.name()).param("benefits", benefits).param("now", Timestamp.from(at))
                .query(Long.class).single();
    }

    void setActive(long id, boolean active) {
        jdbc.sql("update plan set active = :active where id = :id").param("id", id).param("active", active).update();
    }
}
