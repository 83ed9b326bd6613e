/**
 * First-start content: a small newspaper loaded into an empty embedded database. Nothing depends on it (the
 * product must work without it); it writes only through the features' own public classes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "access :: checkout-offers",
        "article", "article :: correction", "database", "ingest", "media"})
package news.dateline.demo;
