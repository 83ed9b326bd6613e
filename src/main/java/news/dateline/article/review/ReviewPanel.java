package news.dateline.article.review;

import java.util.List;

/**
 * The review box beside the editor: where the article stands, what this member may do with it, and the log.
 *
 * @param state       e.g. "waiting for review"
 * @param assignedTo  the assignee's name, or null
 * @param embargo     the embargo time as the newsroom reads it, or null
 * @param editor      whether the viewer approves, assigns and publishes (else a writer, who submits)
 * @param assignees   who an article can be assigned to (staff), for the editor's select
 * @param steps       the log, newest first, one line each
 */
public record ReviewPanel(long articleId, String state, boolean canSubmit, boolean canApprove, boolean canSendBack,
                          String assignedTo, Long assignedToId, String embargo, String embargoInput, boolean editor,
                          List<Assignee> assignees, List<String> steps) {

    public record Assignee(long id, String name) {
    }

    public String submitUrl() {
        return url("submit");
    }

    public String approveUrl() {
        return url("approve");
    }

    public String sendBackUrl() {
        return url("send-back");
    }

    public String assignUrl() {
        return url("assign");
    }

    public String embargoUrl() {
        return url("embargo");
    }

    private String url(String action) {
        return "/admin/articles/" + articleId + "/" + action;
    }
}
