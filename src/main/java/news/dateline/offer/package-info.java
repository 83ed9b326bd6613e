/**
 * Offers: a discount on a plan for a number of billing periods, redeemed by a code. Terms: <b>offer</b> (not
 * "coupon" or "promo"); <b>early access</b> — the window before the public start, open only to members who gave
 * marketing consent; <b>redemption</b> — a member's use of an offer, PENDING until a subscription is created for
 * them on the offer's plan, then APPLIED to it (payment comes later; a complimentary grant applies it today).
 * {@link news.dateline.offer.Offers} is the facade; {@link news.dateline.offer.EarlyAccessMailer} mails consenting
 * members once when early access opens; {@link news.dateline.offer.OfferAccountPanel} shows current offers on the
 * account page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "access :: checkout-offers", "mail",
        "member", "site"})
package news.dateline.offer;
