package news.dateline.article.web;

import java.util.List;

import news.dateline.article.desk.Desk;

/** The editor's Desk box: the desks to choose from and the article's own, or null when it is on none. */
public record DeskPanel(long articleId, List<Desk> desks, Long current) {

    public String url() {
        return "/admin/articles/" + articleId + "/desk";
    }

    public boolean isCurrent(Desk desk) {
        return current != null && current == desk.id();
    }
}
