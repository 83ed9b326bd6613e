package news.dateline.newsletter.feedback;

/**
 * What a provider reported about a copy it had accepted: a hard bounce (the address does not exist, suppressed at
 * once), a soft bounce (mailbox full, greylisting; suppressed after {@code softBouncesToSuppress} within
 * {@code softBounceWindow}) or a spam complaint (suppressed at once, marketing consent withdrawn).
 */
public enum FeedbackKind {
    HARD_BOUNCE, SOFT_BOUNCE, COMPLAINT
}
