package news.dateline.audience;

import java.time.Instant;

/**
 * One page view as stored: no address, no user agent, no cookie.
 *
 * @param articleId   the article, or null for a listing page
 * @param sectionSlug the article's or the front's section, or null for the home page
 * @param memberId    the signed-in member (for attributing a subscription), or null when anonymous or under GPC/DNT
 * @param metWall     the reader was shown the wall instead of the text
 * @param visitor     the day's visitor hash, or null under GPC/DNT
 */
record PageView(Instant viewedAt, Long articleId, String sectionSlug, ReaderKind kind, Long memberId,
                boolean metWall, ReferrerClass referrer, String utmSource, String utmMedium, String utmCampaign,
                String device, byte[] visitor) {
}
