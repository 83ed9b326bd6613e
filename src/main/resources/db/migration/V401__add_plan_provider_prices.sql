-- The provider prices a plan is sold as: a Stripe Price id (price_…) and a Razorpay Plan id (plan_…).
alter table plan
    add column stripe_price_id  text check (stripe_price_id ~ '^[A-Za-z0-9_]+$'),
    add column razorpay_plan_id text check (razorpay_plan_id ~ '^[A-Za-z0-9_]+$');
create unique index plan_stripe_price_key on plan (stripe_price_id) where stripe_price_id is not null;
create unique index plan_razorpay_plan_key on plan (razorpay_plan_id) where razorpay_plan_id is not null;
