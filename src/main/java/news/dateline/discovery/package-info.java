/**
 * How search engines and news aggregators find the archive: robots.txt, a sitemap index of monthly sitemaps, and a
 * Google News sitemap of the last two days' articles.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"article", "article :: correction", "site"})
package news.dateline.discovery;
