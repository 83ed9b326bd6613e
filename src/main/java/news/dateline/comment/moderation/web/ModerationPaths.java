package news.dateline.comment.moderation.web;

import news.dateline.comment.moderation.Queue;

/** The moderation desk's URLs, in one place, so its templates never build one (STYLE: view models own URLs). */
public final class ModerationPaths {

    private static final String MODERATION = "/admin/moderation";

    private ModerationPaths() {
    }

    /** A queue's first page. */
    public static String queue(Queue queue) {
        return MODERATION + "?queue=" + queue.param();
    }

    /** A page of a queue. */
    public static String queue(Queue queue, int page) {
        return queue(queue) + "&page=" + page;
    }

    /** The queues' live stream, replaying what changed after event {@code from}. */
    public static String liveStream(long from) {
        return MODERATION + "/live?from=" + from;
    }

    /** A page of the moderation log. */
    public static String log(int page) {
        return MODERATION + "/log?page=" + page;
    }

    /** A member's moderation record, where sanctions are posted. */
    public static String member(long memberId) {
        return MODERATION + "/members/" + memberId;
    }

    /** Where a warning to a member is posted. */
    public static String warn(long memberId) {
        return member(memberId) + "/warn";
    }

    /** Where pre-moderation of a member is switched on or off. */
    public static String premoderate(long memberId) {
        return member(memberId) + "/premoderate";
    }

    /** Where a suspension is set or lifted. */
    public static String suspend(long memberId) {
        return member(memberId) + "/suspend";
    }

    /** Where a ban is set or lifted. */
    public static String ban(long memberId) {
        return member(memberId) + "/ban";
    }

    /** Where a comment is approved (or kept, dismissing its reports). */
    public static String approve(long commentId) {
        return comment(commentId) + "/approve";
    }

    /** Where a comment is rejected. */
    public static String reject(long commentId) {
        return comment(commentId) + "/reject";
    }

    /** Where a comment is featured or unfeatured. */
    public static String feature(long commentId) {
        return comment(commentId) + "/feature";
    }

    private static String comment(long commentId) {
        return MODERATION + "/comments/" + commentId;
    }
}
