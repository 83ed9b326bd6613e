package news.dateline.audience;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

import news.dateline.database.SharedSecrets;
import news.dateline.database.Signer;
import news.dateline.newsletter.edition.EditionLinks;
import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Newsletter copies that count their opens and clicks (only copies to readers who allowed it: the newsletter feature
 * decides). A copy's tracking image is {@code /o/{edition}/{subscriber}.gif?s=…}, signed over both, so no one can
 * count opens for an edition or a reader that was not sent that copy. Links that count their clicks: each article link of an edition becomes {@code /r/{edition}?u=…&s=…},
 * signed over the edition and the address. The redirect sends a reader only to the exact address that was signed
 * (with the newsletter's UTM parameters added), so it can never be turned into an open redirect, and only links
 * that were in an edition are signed.
 */
@Component
public class EditionClicks implements EditionLinks {

    private final Signer signer;
    private final AudienceRepository repository;
    private final SiteProperties site;
    private final Clock clock;

    EditionClicks(SharedSecrets secrets, AudienceRepository repository, SiteProperties site, Clock clock) {
        this.signer = new Signer(() -> secrets.getOrCreate("edition-clicks"));
        this.repository = repository;
        this.site = site;
        this.clock = clock;
    }

    @Override
    public String tracked(long editionId, String url) {
        return site.absolute("/r/" + editionId + "?u=" + UriUtils.encodeQueryParam(url, StandardCharsets.UTF_8)
                + "&s=" + signer.sign(editionId + "|" + url));
    }

    @Override
    public String openPixel(long editionId, long subscriberId) {
        return site.absolute("/o/" + editionId + "/" + subscriberId + ".gif?s=" + signer.sign(openPayload(editionId,
                subscriberId)));
    }

    /** Counts an opening of the copy when the signature is the copy's; false (nothing counted) otherwise. */
    public boolean opened(long editionId, long subscriberId, String signature) {
        if (signature == null || !signer.matches(openPayload(editionId, subscriberId), signature)) {
            return false;
        }
        repository.opened(editionId, subscriberId, clock.instant());
        return true;
    }

    // "open|…" never equals a click's "{edition}|{url}": one signature cannot pass for the other
    private static String openPayload(long editionId, long subscriberId) {
        return "open|" + editionId + "|" + subscriberId;
    }

    /**
     * Where a click goes: the signed address with utm_source=newsletter, utm_medium=email and the edition as the
     * campaign, the click counted; empty when the address or the edition is not what was signed.
     */
    public Optional<String> follow(long editionId, String url, String signature) {
        if (url == null || signature == null || !signer.matches(editionId + "|" + url, signature)) {
            return Optional.empty();
        }
        repository.clicked(editionId, url, clock.instant());
        return Optional.of(UriComponentsBuilder.fromUriString(url).queryParam("utm_source", "newsletter")
                .queryParam("utm_medium", "email").queryParam("utm_campaign", "edition-" + editionId)
                .build().toUriString());
    }
}
