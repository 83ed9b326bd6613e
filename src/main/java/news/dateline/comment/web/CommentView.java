package news.dateline.comment.web;

import java.util.List;

/**
 * One comment as the page prints it, already escaped and formatted.
 *
 * @param bodyHtml  the text as safe HTML (escaped, links with rel="nofollow ugc noopener", line breaks)
 * @param bodyText  the text as typed, for the edit box
 * @param held      awaiting review: only its author sees it
 * @param deleted   deleted by its author; stands in for it where it has replies
 * @param mine      written by the reader
 * @param editable  the reader may still edit it (within the edit window)
 * @param featured  picked by the moderators
 * @param replies   a thread's replies, oldest first (empty for replies themselves)
 * @param imported  brought in from the earlier comment platform, and labelled so
 */
public record CommentView(long id, String authorName, String bodyHtml, String bodyText, String date, String iso,
                          int likes, boolean liked, boolean held, boolean deleted, boolean edited, boolean mine,
                          boolean editable, boolean featured, int depth, List<CommentView> replies,
                          boolean imported) {

    public boolean published() {
        return !held && !deleted;
    }

    public String anchor() {
        return "comment-" + id;
    }

    /** Where a like (or taking it back) is posted. */
    public String likeUrl() {
        return action("like");
    }

    /** Where the author's edit is posted. */
    public String editUrl() {
        return action("edit");
    }

    /** Where the author deletes it. */
    public String deleteUrl() {
        return action("delete");
    }

    /** Where a reader reports it. */
    public String reportUrl() {
        return action("report");
    }

    private String action(String verb) {
        return "/comments/" + id + "/" + verb;
    }
}
