/**
 * Newsletters: the newsroom's newsletters (editorial by cadence, or marketing), the addresses that receive them
 * (members with one click; anyone else after confirming by a link), signed links to manage subscriptions and to
 * unsubscribe in one click (RFC 8058), and the audience of each newsletter for delivery.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"article", "database", "mail", "member",
        "ratelimit", "site"})
package news.dateline.newsletter;
