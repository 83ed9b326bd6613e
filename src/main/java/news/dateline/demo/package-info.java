/**
 * First-start content: a small newspaper loaded into an empty embedded database, touching every feature so a
 * newcomer sees each at once (readers, newsletters and a sent edition, an offer, comments and a held one, a live blog). Nothing depends on it (the
 * product must work without it); it writes only through the features' own public classes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "access :: checkout-offers",
        "article", "article :: correction", "database", "ingest", "media", "member", "newsletter",
        "newsletter :: edition", "offer", "comment", "comment :: moderation", "live :: blog"})
package news.dateline.demo;
