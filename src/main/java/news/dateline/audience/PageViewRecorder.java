package news.dateline.audience;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import news.dateline.access.Entitlement;
import news.dateline.access.Subscriptions;
import news.dateline.article.Article;
import news.dateline.article.ReaderPageViews;
import news.dateline.article.ReadingVerdict;
import news.dateline.member.SignedInMember;
import news.dateline.site.SiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns an answered reader page into a {@link PageView} on the request thread (what the request tells is gone
 * after it) and hands it to the node's {@link ViewTally} (through {@link PageViewWriter}). Bots and staff are not counted; the address and user
 * agent only feed the day's visitor hash ({@link VisitorHashes}), and not even that under GPC or Do Not Track.
 */
@Component
class PageViewRecorder implements ReaderPageViews {

    private static final Logger log = LoggerFactory.getLogger(PageViewRecorder.class);
    private static final int UTM_LENGTH = 100;

    private final PageViewWriter writer;
    private final VisitorHashes hashes;
    private final Subscriptions subscriptions;
    private final Clock clock;
    private final List<String> siteHosts;
    private final boolean recording;

    PageViewRecorder(PageViewWriter writer, VisitorHashes hashes, Subscriptions subscriptions, Clock clock,
                     SiteProperties site, AudienceProperties properties) {
        this.writer = writer;
        this.hashes = hashes;
        this.subscriptions = subscriptions;
        this.clock = clock;
        this.siteHosts = List.of(java.net.URI.create(site.baseUrl()).getHost().toLowerCase(Locale.ROOT));
        this.recording = properties.recording();
    }

    @Override
    public void articleViewed(Article article, SignedInMember member, ReadingVerdict verdict,
                              HttpServletRequest request) {
        record(article.id(), article.section().slug(), verdict != null && !verdict.granted(), member, request);
    }

    @Override
    public void listingViewed(String sectionSlug, SignedInMember member, HttpServletRequest request) {
        record(null, sectionSlug, false, member, request);
    }

    private void record(Long articleId, String section, boolean metWall, SignedInMember member,
                        HttpServletRequest request) {
        if (!recording) {
            return;
        }
        try {
            String userAgent = request.getHeader("User-Agent");
            String device = UserAgents.readerDevice(userAgent);
            if (device == null || (member != null && member.isStaff())) {
                return;
            }
            boolean privately = "1".equals(request.getHeader("Sec-GPC")) || "1".equals(request.getHeader("DNT"));
            String medium = utm(request, "utm_medium");
            String source = utm(request, "utm_source");
            List<String> ownHosts = siteHosts.contains(request.getServerName().toLowerCase(Locale.ROOT)) ? siteHosts
                    : List.of(siteHosts.getFirst(), request.getServerName().toLowerCase(Locale.ROOT));
            writer.offer(new PageView(clock.instant(), articleId, section, kind(member),
                    member == null || privately ? null : member.memberId(), metWall,
                    ReferrerClass.of(request.getHeader("Referer"), ownHosts, medium, source),
                    source, medium, utm(request, "utm_campaign"), device,
                    privately ? null : hashes.hash(request.getRemoteAddr(), userAgent)));
        } catch (RuntimeException failed) {
            // counting readers must never cost a reader their page
            log.warn("Page view not recorded: {}", failed.toString());
        }
    }

    private ReaderKind kind(SignedInMember member) {
        if (member == null) {
            return ReaderKind.ANONYMOUS;
        }
        return subscriptions.entitlementOf(member.memberId()) == Entitlement.SUBSCRIBED ? ReaderKind.SUBSCRIBER
                : ReaderKind.MEMBER;
    }

    private static String utm(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.length() > UTM_LENGTH ? value.substring(0, UTM_LENGTH) : value;
    }
}
