/**
 * Articles: the newsroom's writing and publishing, and the reader's article, section, tag and search pages.
 * Terms: an <em>article</em> (not "story" or "post" in code) has a life cycle ({@link news.dateline.article.ArticleStatus}:
 * draft, scheduled, published, unpublished) and a review state ({@code review}); a <em>revision</em> is one saved
 * version; a <em>section</em> is a desk's part of the paper; a <em>tag</em> a topic across sections; the
 * <em>date line</em> the published/updated times and the city. Sub-features: {@code correction} (public notes,
 * exposed to others as the named interface "correction"), {@code review} and {@code presence} (the editor's
 * workflow and who else is editing; internal).
 * Other features read through {@link news.dateline.article.ArticleQueries} and provide the ports declared here
 * ({@link news.dateline.article.ReadingGate}, {@link news.dateline.article.ArticleComments},
 * {@link news.dateline.article.ReadingListMarks}); the tables are this package's own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"database", "media", "member", "site"})
package news.dateline.article;
