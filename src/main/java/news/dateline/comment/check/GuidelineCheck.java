package news.dateline.comment.check;

/**
 * One rule of the guidelines, checked on its own: {@link EnglishCheck}, {@link SentenceCheck}, {@link AbuseCheck},
 * {@link PersonalCheck}. {@link GuidelinePipeline} runs them and keeps the strictest decision. Implementations are
 * thread-safe: one instance serves every request.
 */
interface GuidelineCheck {

    Rule rule();

    Verdict check(String text);

    default Verdict pass(double score) {
        return new Verdict(rule(), Decision.PUBLISH, score, null);
    }

    default Verdict pass(double score, String evidence) {
        return new Verdict(rule(), Decision.PUBLISH, score, null, evidence);
    }
}
