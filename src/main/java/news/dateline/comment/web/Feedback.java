package news.dateline.comment.web;

/**
 * What the section tells the reader after an action: a notice, or an error at one form with the text they typed.
 */
record Feedback(String notice, String error, String errorFor, String draft) {

    static final Feedback NONE = new Feedback(null, null, null, null);

    static Feedback notice(String notice) {
        return new Feedback(notice, null, null, null);
    }

    static Feedback error(String form, String error, String draft) {
        return new Feedback(null, error, form, draft);
    }
}
