package news.dateline.article.correction;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import news.dateline.article.DateLineFormat;
import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Component;

/** The notes readers see, dated in the site's zone: for the article page, feeds, the API and /corrections. */
@Component
public class CorrectionNotes {

    private final Corrections corrections;
    private final DateLineFormat format;

    CorrectionNotes(Corrections corrections, SiteProperties site) {
        this.corrections = corrections;
        this.format = new DateLineFormat(site.zone(), site.zoneLabel());
    }

    public List<CorrectionNote> on(long articleId) {
        return corrections.shown(articleId).stream().map(this::note).toList();
    }

    public Map<Long, List<CorrectionNote>> on(Collection<Long> articleIds) {
        return corrections.shown(articleIds).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(this::note).toList()));
    }

    public CorrectionNote note(Correction c) {
        return new CorrectionNote(c.kind().label(), format.date(c.createdAt()),
                c.createdAt().truncatedTo(ChronoUnit.SECONDS).toString(), c.text());
    }

    static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
