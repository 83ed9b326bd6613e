package news.dateline.article.web;

import news.dateline.media.Photo;

/**
 * An article in a list: headline, link, teaser text, thumbnail and date, ready to print.
 *
 * @param saved    whether the signed-in reader has saved the article
 * @param comments published comments under the article
 */
public record Teaser(String headline, String url, String standfirst, String sectionName, String sectionUrl,
                     Photo photo, String date, String bylines, boolean premium, long articleId, boolean saved,
                     int comments) {

    /** The article's comments, below its text. */
    public String commentsUrl() {
        return url + "#comments";
    }
}
