/**
 * Who may read what: the monthly meter, subscriptions and plans.
 *
 * <dl>
 * <dt>reader</dt><dd>whoever asks for an article page: an anonymous visitor, a member, a subscriber or staff
 *     ({@link news.dateline.access.Reader}). Not "user".</dd>
 * <dt>meter</dt><dd>the count of distinct metered articles a reader has opened in the current calendar month
 *     (in the site's zone), against an allowance: {@code dateline.meter.member-allowance} for members,
 *     {@code dateline.meter.anonymous-allowance} for visitors, who are known by a signed cookie.</dd>
 * <dt>counted read</dt><dd>the first opening of a metered article in a month; re-reading it is free.</dd>
 * <dt>access decision</dt><dd>the one pure answer to "may this reader read this article's text now, and does
 *     it count": {@link news.dateline.access.AccessPolicy#decide}.</dd>
 * <dt>plan</dt><dd>something a reader can subscribe to: name, price, currency, interval and benefits.</dd>
 * <dt>subscription</dt><dd>a member's entitlement to read everything between a start and an end; it has a
 *     source (complimentary, or a payment provider) and a status; paid ones follow the provider's webhooks
 *     ({@code access.payment}, whose package-info lists the statuses and the API for checkout). An entitlement,
 *     never a role.</dd>
 * <dt>grace period</dt><dd>how long a past-due paid subscription still reads while the provider retries
 *     ({@code dateline.payments.grace-period}).</dd>
 * </dl>
 *
 * Others use {@link news.dateline.access.ReadingGate} (the article page), {@link news.dateline.access.Subscriptions}
 * and {@link news.dateline.access.Plans}; the tables are this package's own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"article", "database", "mail", "member",
        "site"})
package news.dateline.access;
