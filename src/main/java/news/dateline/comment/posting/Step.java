package news.dateline.comment.posting;

import news.dateline.comment.check.CheckResult;

/** What one {@link PostingRule} says about an attempt: go on, refuse it, the guideline checks' result, or hold it. */
public sealed interface Step {

    Step PASS = new Pass();

    /** Nothing against it here: the next rule decides. */
    record Pass() implements Step {
    }

    /** Not accepted, nothing stored; {@code message} tells the author why, in the bundle's words. */
    record Refuse(String message) implements Step {
    }

    /** The guideline checks ran; a decision other than publish ends the rules. */
    record Checked(CheckResult result) implements Step {
    }

    /** Stored, but held for a moderator; {@code reason} is for the moderators (their queue shows it). */
    record Hold(String reason) implements Step {
    }
}
