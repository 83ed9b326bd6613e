package news.dateline.article.review;

import news.dateline.member.SignedInMember;

/**
 * Who is acting in the newsroom, as the review rules need it.
 *
 * @param editor an editor or admin: edits anyone's article, approves, publishes; otherwise a writer, who edits
 *               only their own unpublished articles and submits them for review
 */
public record Actor(long memberId, boolean editor) {

    public static Actor of(SignedInMember member) {
        return new Actor(member.memberId(), member.isStaff());
    }
}
