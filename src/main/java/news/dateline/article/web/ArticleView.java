package news.dateline.article.web;

import java.util.List;

import news.dateline.article.correction.CorrectionNote;
import news.dateline.media.Photo;
import news.dateline.site.PageMeta;

/**
 * Everything the article page prints, already formatted: the template only places it.
 *
 * @param dateLine    e.g. {@code December 12, 2016 10:30 pm | Updated 10:30 pm IST - BRUSSELS:}
 * @param creditLine  e.g. {@code — AFP, Reuters}, or null when no agency is credited
 * @param bodyHtml    sanitized HTML of the body; for a reader the wall stops, only the first paragraph
 * @param access      what this reader may read, the meter line and the wall
 * @param saved       whether the signed-in reader has saved the article
 * @param commentsHtml the comment section for this reader (from {@link news.dateline.article.ArticleComments}),
 *                    or null when the page has none (a preview)
 * @param corrections the corrections and clarifications shown at the foot, oldest first
 * @param liveHtml    the live blog (from {@link news.dateline.article.LiveCoverage}) for a reader who may read the
 *                    article, or null
 * @param mostRead    the section's most-read articles under the story (none in a preview)
 */
public record ArticleView(long id, String headline, String standfirst, String sectionName, String sectionUrl,
                          String dateLine, String publishedIso, List<Link> bylines, String creditLine, Photo leadPhoto,
                          String bodyHtml, List<Link> tags, List<Teaser> related, PageMeta meta, boolean preview,
                          ReaderAccess access, boolean saved, String commentsHtml, List<CorrectionNote> corrections,
                          String liveHtml, List<MostReadLink> mostRead) {

    public record Link(String name, String url) {
    }

    /** This page with what one reader may see of it. */
    public ArticleView forReader(String readerBodyHtml, ReaderAccess readerAccess, boolean readerSaved,
                                 String readerCommentsHtml) {
        return new ArticleView(id, headline, standfirst, sectionName, sectionUrl, dateLine, publishedIso, bylines,
                creditLine, leadPhoto, readerBodyHtml, tags, related, meta, preview, readerAccess, readerSaved,
                readerCommentsHtml, corrections, liveHtml, mostRead);
    }

    /** This page with its live blog, and the structured data that says it is one. */
    public ArticleView withLive(String readerLiveHtml, PageMeta liveMeta) {
        return new ArticleView(id, headline, standfirst, sectionName, sectionUrl, dateLine, publishedIso, bylines,
                creditLine, leadPhoto, bodyHtml, tags, related, liveMeta, preview, access, saved, commentsHtml,
                corrections, readerLiveHtml, mostRead);
    }

    /** This page with a most-read list under it. */
    public ArticleView withMostRead(List<MostReadLink> links) {
        return new ArticleView(id, headline, standfirst, sectionName, sectionUrl, dateLine, publishedIso, bylines,
                creditLine, leadPhoto, bodyHtml, tags, related, meta, preview, access, saved, commentsHtml,
                corrections, liveHtml, links);
    }

    /** Where the page's live stream is: its live blog's entries and its comments as they come. */
    public String liveStream() {
        return "/live/articles/" + id;
    }
}
