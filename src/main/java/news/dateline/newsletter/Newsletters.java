package news.dateline.newsletter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import news.dateline.article.Slugs;
import news.dateline.site.NotFoundException;
import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The newsroom's newsletters: create, change, switch off; how many subscribe now and day by day. */
@Service
public class Newsletters {

    private final NewsletterRepository newsletters;
    private final SubscriberRepository subscribers;
    private final SiteProperties site;
    private final Clock clock;

    Newsletters(NewsletterRepository newsletters, SubscriberRepository subscribers, SiteProperties site, Clock clock) {
        this.newsletters = newsletters;
        this.subscribers = subscribers;
        this.site = site;
        this.clock = clock;
    }

    public List<Newsletter> all() {
        return newsletters.all(false);
    }

    /** Those offered to readers. */
    public List<Newsletter> offered() {
        return newsletters.all(true);
    }

    public Optional<Newsletter> find(long id) {
        return newsletters.find(id);
    }

    public Newsletter get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("newsletter " + id));
    }

    /** @throws InvalidNewsletterException naming the field that is wrong */
    @Transactional
    public Newsletter create(NewsletterForm form) {
        NewsletterForm clean = validated(form, 0);
        return get(newsletters.insert(clean, clock.instant()));
    }

    /** @throws InvalidNewsletterException naming the field that is wrong */
    @Transactional
    public Newsletter update(long id, NewsletterForm form) {
        get(id);
        newsletters.update(id, validated(form, id), clock.instant());
        return get(id);
    }

    /** Confirmed subscribers of each newsletter. */
    public Map<Long, Integer> subscriberCounts() {
        return subscribers.counts();
    }

    /** Subscribers at the end of each of the last {@code days} days, in the paper's time zone. */
    public List<DailyCount> history(long newsletterId, int days) {
        LocalDate today = LocalDate.now(clock.withZone(site.zone()));
        return subscribers.dailyCounts(newsletterId, today.minusDays(days - 1L), site.zone());
    }

    private NewsletterForm validated(NewsletterForm f, long id) {
        String name = trim(f.name());
        if (name.isEmpty() || name.length() > 120) {
            throw new InvalidNewsletterException("Name: give the newsletter a name of at most 120 characters.");
        }
        String slug = trim(f.slug()).isEmpty() ? Slugs.of(name) : trim(f.slug());
        if (!Slugs.isValid(slug)) {
            throw new InvalidNewsletterException("Address name: use lower-case letters, digits and dashes.");
        }
        if (newsletters.slugTaken(slug, id)) {
            throw new InvalidNewsletterException("Address name: another newsletter is called \"" + slug + "\".");
        }
        if (f.cadence() == null || f.kind() == null) {
            throw new InvalidNewsletterException("Cadence and kind: choose one of each.");
        }
        String sender = trim(f.senderName());
        if (sender.isEmpty() || sender.length() > 80 || sender.matches(".*[\\r\\n<>\"].*")) {
            throw new InvalidNewsletterException("Sender name: up to 80 characters, without line breaks, quotes or <>.");
        }
        String replyTo = trim(f.replyTo());
        if (!replyTo.isEmpty() && !NewsletterSubscriptions.validAddress(replyTo)) {
            throw new InvalidNewsletterException("Reply-to: \"" + replyTo + "\" is not an email address.");
        }
        String description = trim(f.description());
        if (description.length() > 500) {
            throw new InvalidNewsletterException("Description: at most 500 characters.");
        }
        return new NewsletterForm(name, slug, description, f.cadence(), f.kind(), sender, replyTo, f.active(),
                f.sectionIds() == null ? List.of() : f.sectionIds().stream().distinct().toList());
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
