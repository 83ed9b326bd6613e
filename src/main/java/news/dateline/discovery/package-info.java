/**
 * How search engines and news aggregators find the archive: robots.txt, a sitemap index of monthly sitemaps, and a
 * Google News sitemap of the last two days' articles.
 */
package news.dateline.discovery;
