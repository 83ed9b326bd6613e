/**
 * Import of articles from files: scraped plain-text pages and IPTC ninjs JSON.
 *
 * <p>Terms: a <em>page</em> is a scraped plain-text news page; a <em>ninjs item</em> is one ninjs JSON document;
 * both become a {@link news.dateline.ingest.ParsedArticle} (not "story"). The <em>date line</em> is the line with
 * published/updated times and the dateline city ({@code located}); the <em>agency credit</em> is the trailing
 * "— AFP, Reuters"; <em>furniture</em> is the site's own text around the article (sign-in prompts, share
 * buttons, comment notices). The <em>source key</em> identifies a story across imports.
 *
 * <p>Public: {@link news.dateline.ingest.ImportCommand} (the {@code import} subcommand),
 * {@link news.dateline.ingest.ArticleStore} and {@link news.dateline.ingest.StoredArticle} (implemented by the
 * article feature), {@link news.dateline.ingest.ParsedArticle}, and {@link news.dateline.ingest.NinjsExport}
 * (an article as ninjs, for the content API: the export is the import format). Everything else is package-private.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"article", "media", "site"})
package news.dateline.ingest;
