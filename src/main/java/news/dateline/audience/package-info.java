/**
 * Audience: what readers read and what makes them register and subscribe, counted first-party on the server.
 *
 * <dl>
 * <dt>page view</dt><dd>one answered reader page (an article page, a section front, the home page), recorded by
 *     {@link news.dateline.audience.PageViewRecorder} through the article feature's port
 *     {@link news.dateline.article.ReaderPageViews}. Not "hit" or "impression".</dd>
 * <dt>reader kind</dt><dd>anonymous, member or subscriber, when the page was read. Staff (editors, admins) are not
 *     counted: the newsroom checking its own pages is not readership.</dd>
 * <dt>referrer class</dt><dd>where the reader came from: search, social, newsletter, direct, internal, other.</dd>
 * <dt>visitor</dt><dd>a salted hash of the address and browser, whose salt changes every day and is then deleted:
 *     it counts unique visitors within a day and links nothing across days. Absent under Global Privacy Control or
 *     Do Not Track, whose views are counted and nothing more.</dd>
 * <dt>rollup</dt><dd>views per hour, article, section, reader kind, referrer class and device: what the lists and
 *     pages read, from views counted per minute in each node's memory and added to the database once a second; the
 *     minute counts are kept {@code dateline.audience.retention} (90 days) and dropped a month at a time.</dd>
 * <dt>conversion</dt><dd>a registration or a subscription, attributed to the article the reader read last before
 *     it.</dd>
 * </dl>
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "article", "database", "member",
        "newsletter :: edition", "site"})
package news.dateline.audience;
