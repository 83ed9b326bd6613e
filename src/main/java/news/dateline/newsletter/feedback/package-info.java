/**
 * What mail providers report after accepting a copy, and what the newsroom does about it.
 * <ul>
 * <li><b>report</b> (feedback): one bounce or complaint about one address from a provider, stored once by the
 * provider's id for it. Not "event" in code outside the webhooks, not "notification".</li>
 * <li><b>hard bounce</b>: the address will never accept mail; <b>soft bounce</b>: it did not this time;
 * <b>complaint</b>: the reader marked the copy as spam.</li>
 * <li><b>suppression</b>: an address no newsletter is sent to any more (refused at send time, hard bounce,
 * repeated soft bounces, complaint); <b>lifting</b> it, with a note, is the newsroom's decision.</li>
 * </ul>
 */
package news.dateline.newsletter.feedback;
