package news.dateline.article.web;

import news.dateline.article.desk.Desk;

import java.util.List;

import news.dateline.article.ArticleStatus;
import news.dateline.article.Author;
import news.dateline.article.ReviewState;
import news.dateline.article.Section;
import news.dateline.member.Member;

/**
 * The newsroom list's search and filter form: what is chosen, what can be chosen, and the neighbouring pages.
 *
 * @param problem what is wrong with the input, or null
 * @param desk    the desk filter as given: a desk's number, "mine" (the viewer's desks) or null for any
 */
public record NewsroomFilter(String q, ArticleStatus status, Long sectionId, Long authorId, List<ArticleStatus> statuses,
                             List<Section> sections, List<Author> authors, String problem, String previousUrl, String nextUrl,
                             Long assignedId, ReviewState review, List<ReviewState> reviewStates, List<Member> staff,
                             String desk, List<Desk> desks) {

    /** Whether this desk is the one chosen ("mine" is chosen by its own option). */
    public boolean deskChosen(Desk d) {
        return String.valueOf(d.id()).equals(desk);
    }
}
