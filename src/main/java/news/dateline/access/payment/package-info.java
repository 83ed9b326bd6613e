/**
 * Paid subscriptions, kept by the payment providers' webhooks (Stripe, Razorpay): the source of truth. Checkout
 * only starts a payment; the webhook, never the redirect back, makes the subscription.
 *
 * <h2>Terms</h2>
 * <dl>
 * <dt>provider</dt><dd>{@link news.dateline.access.payment.Provider}: STRIPE or RAZORPAY; its name is the
 *     subscription's {@code source}. Not "gateway" or "processor".</dd>
 * <dt>provider event</dt><dd>one verified webhook delivery ({@link news.dateline.access.payment.ProviderEvent}),
 *     stored in {@code payment_event} before anything else (unique on provider + event id; Razorpay's id is the
 *     {@code X-Razorpay-Event-Id} header) and applied in the same transaction. A repeat is a no-op.</dd>
 * <dt>subscription change</dt><dd>the provider-neutral command one event makes of a subscription
 *     ({@link news.dateline.access.payment.SubscriptionChange}); {@link news.dateline.access.payment.Receipt} is a
 *     payment taken or failed, {@link news.dateline.access.payment.Reversal} a refund or dispute.</dd>
 * <dt>ledger</dt><dd>{@link news.dateline.access.payment.PaymentLedger}: the one place a paid subscription
 *     changes.</dd>
 * <dt>receipt</dt><dd>a row of {@code payment_invoice}: an invoice (Stripe) or payment (Razorpay) with amount,
 *     status FAILED → PAID → REFUNDED (only forward), period and the provider's hosted invoice URL.</dd>
 * <dt>payment provider (port)</dt><dd>{@link news.dateline.access.payment.PaymentProvider}: start a checkout, cancel
 *     at period end, resume, switch plan, the payment-method page. {@code StripeProvider} (stripe-java's
 *     {@code StripeClient}), {@code RazorpayProvider} (razorpay-java), {@code TestModeProvider}. None changes a
 *     subscription: each asks the provider, whose webhook does.</dd>
 * <dt>checkout</dt><dd>{@link news.dateline.access.payment.Checkout}: the facade the web uses; picks the provider
 *     (test mode stands in for all; else those whose keys are set and whose price id the plan has; the reader
 *     chooses when several can, Razorpay first for INR).</dd>
 * <dt>test mode</dt><dd>{@code dateline.payments.test-mode} ({@link news.dateline.access.payment.PaymentMode}; on by
 *     default with the embedded database only): a local checkout page whose Pay/Decline and the account page's
 *     actions post signed Stripe-shaped events to the site's own {@code /webhooks/stripe} ({@code TestModeWebhooks})
 *     so every change takes the production path. Not "sandbox" (that is the providers' own test accounts).</dd>
 * <dt>grace period</dt><dd>how long a PAST_DUE subscription still reads ({@code dateline.payments.grace-period},
 *     7 days), counted from when it fell due.</dd>
 * </dl>
 *
 * <h2>Statuses ({@link news.dateline.access.Subscription.Status})</h2>
 * INCOMPLETE (checkout done, payment not confirmed: reads nothing), TRIALING and ACTIVE (read; with
 * {@code cancelAtPeriodEnd} until {@code currentPeriodEnd}), PAST_DUE (reads within the grace period), UNPAID
 * (Stripe unpaid/paused, Razorpay halted: reads nothing), CANCELLED (ended; final) and REFUNDED (fully refunded;
 * final). A dispute does not change the status: it sets {@code disputedAt} (shown to the newsroom) and access stays
 * until the provider ends the subscription. Which status reads is decided by
 * {@link news.dateline.access.Subscription#currentAt} and tested as a matrix in {@code AccessPolicyTest}.
 *
 * <h2>Order</h2>
 * Events carry the provider's time (Stripe's event {@code created}, Razorpay's {@code created_at}); the subscription
 * keeps the time of the last state applied ({@code provider_state_at}). An older event does not change the status;
 * at the same second the status further along wins; nothing leaves a final status
 * ({@link news.dateline.access.payment.EventOrder}). Events of one subscription are serialised by its row lock, the
 * same event on two nodes by the unique key of {@code payment_event}.
 *
 * <h2>For the next phases</h2>
 * <ul>
 * <li><b>Checkout sets</b> (done, {@code CheckoutMetadata}) the member and plan so that every later event can be matched, never by email:
 *     Stripe Checkout Session {@code client_reference_id = memberId}, {@code metadata} and
 *     {@code subscription_data.metadata} both with {@code dateline_member_id}, {@code dateline_plan} (plan id) and,
 *     with an offer, {@code dateline_offer} (offer id); the line item's price is the plan's
 *     {@link news.dateline.access.Plan#stripePriceId}. Razorpay subscription {@code plan_id} =
 *     {@link news.dateline.access.Plan#razorpayPlanId}, {@code notes} with the same three keys. Without the member
 *     in them, an event of a subscription not yet known is stored with outcome "unmatched".</li>
 * <li><b>Recording a change</b> (test mode, reconciliation): build a {@link news.dateline.access.payment.ProviderEvent}
 *     (a fresh event id; for repairs e.g. {@code reconcile:<subscription>:<time>}) and call
 *     {@link news.dateline.access.payment.PaymentLedger#record}; or, for test mode, post signed deliveries to the
 *     webhooks so the whole path runs. Do not write the subscription table elsewhere.</li>
 * <li><b>Listening</b>: {@link news.dateline.access.payment.PaidSubscriptionChanged} (status or cancel-at-period-end
 *     changed), {@link news.dateline.access.payment.PaymentReceiptRecorded} (a receipt recorded or moved forward) and
 *     {@link news.dateline.access.SubscriptionGranted} (first start: the offer feature applies the pending
 *     redemption) are published inside the applying transaction.</li>
 * <li><b>Mails</b>: {@link news.dateline.access.payment.PaymentMailer} queues in the outbox, in that transaction:
 *     welcome, receipt / renewal receipt, payment failed (link to {@code /account/subscription}), card expiring
 *     (Stripe {@code customer.source.expiring}: {@link news.dateline.access.payment.CardExpiry}, mailed while the
 *     customer's latest subscription still renews), cancellation confirmed, ended; dedupe keys
 *     {@code payment:<subscription>:welcome}, {@code payment:receipt:<provider>:<invoice>},
 *     {@code payment:card-expiring:<provider>:<customer>:<last4>:<expiry>},
 *     {@code payment:<subscription>:failed|cancel-at-period-end|ended…:<event id>}. Not handled: Stripe
 *     {@code invoice.upcoming} (a renewal reminder; stored only) and cards saved as PaymentMethods, for which Stripe
 *     sends no expiring event (Stripe's own "card expiring" emails, or a scheduled check through the API).</li>
 * <li><b>Newsroom figures</b>: {@link news.dateline.access.payment.Revenue} (active, trialing, past due, MRR by plan,
 *     provider and currency, started / ended per month in the site's zone).</li>
 * <li><b>Reading</b>: {@link news.dateline.access.Subscriptions#ofMember} (with {@code paid()} terms),
 *     {@link news.dateline.access.payment.PaymentReceipts#ofMember} (receipts, for the account page) and
 *     {@link news.dateline.access.payment.PaymentLedger#eventsOf} (a member's provider events with what applying
 *     each did, for the newsroom's member history).</li>
 * <li><b>Reconciliation</b> (done, {@link news.dateline.access.payment.PaymentReconciliation}): nightly, one node
 *     at a time ({@code payment_reconciliation} claimed with SKIP LOCKED and a lease); Stripe's event list since the
 *     last run replayed through {@link news.dateline.access.payment.StripeEvents} (delivered events are repeats),
 *     Razorpay's subscriptions fetched and drift recorded as {@code reconcile:<subscription>:<time>} events; admins
 *     run it from {@code /admin/payments}. Not "sync" or "backfill".</li>
 * <li><b>Configuration</b>: {@link news.dateline.access.payment.PaymentProperties} ({@code dateline.payments.*}).</li>
 * </ul>
 * A Stripe {@code invoice.payment_failed} for the first invoice ({@code billing_reason = subscription_create}: the card
 * declined at checkout) leaves the subscription INCOMPLETE, not PAST_DUE: nothing was ever paid, so no grace.
 * Offers: {@link news.dateline.access.payment.CheckoutOffers} is the offer feature's port (the member's pending
 * redemption for the plan goes into {@code dateline_offer}). The newsroom links an offer to a Stripe coupon and/or a
 * Razorpay offer; checkout passes it (Stripe Checkout Session {@code discounts[0].coupon}, Razorpay subscription
 * {@code offer_id}) only through a provider that has it ({@link news.dateline.access.payment.Checkout#appliesThrough}),
 * and through any other neither names the offer nor shows its price: the subscribe page says that provider charges
 * the full price. Test mode always applies the offer (its first invoice charges the offer's price).
 * Web: {@code web/WebhookController} ({@code POST /webhooks/stripe}, {@code POST /webhooks/razorpay}; CSRF-exempt;
 * 200 stored, 400 bad signature, 503 not configured); {@code web/CheckoutController} ({@code POST /subscribe/checkout},
 * {@code /subscribe/continue} after sign-in, {@code /subscribe/thanks} and its htmx status, the test-mode checkout);
 * {@code web/BillingController} (the account page's actions and receipt pages; the page is
 * {@code access/web/SubscribeController} with {@code web/BillingPanel}); {@code web/PaymentSetupAdminController}
 * ({@code /admin/payments}).
 */
package news.dateline.access.payment;
