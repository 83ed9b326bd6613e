-- The provider discounts an offer is charged as: a Stripe coupon id and a Razorpay offer id (offer_…). Without one
-- the offer cannot be applied through that provider, and the subscribe page says so.
alter table offer
    add column stripe_coupon_id  text check (stripe_coupon_id ~ '^[A-Za-z0-9_-]+$'),
    add column razorpay_offer_id text check (razorpay_offer_id ~ '^[A-Za-z0-9_-]+$');
