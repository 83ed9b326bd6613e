package news.dateline.offer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import news.dateline.access.Plan;
import news.dateline.access.Plans;
import news.dateline.mail.MailOutbox;
import news.dateline.mail.OutgoingMail;
import news.dateline.member.MarketingRecipient;
import news.dateline.member.Members;
import news.dateline.site.SiteProperties;
import news.dateline.site.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When an offer's early access opens, mails every member with marketing consent once. Each due offer is claimed
 * with {@code FOR UPDATE SKIP LOCKED} in one transaction that queues the mails (members read in pages by id) and
 * marks it notified, so another node skips it meanwhile and finds it done afterwards; a crash rolls it all back for
 * the next run. The outbox's dedupe key makes each member's mail once even so. Consent is read at run time: a
 * member who withdrew it before gets nothing.
 */
@Component
@EnableConfigurationProperties(OfferProperties.class)
public class EarlyAccessMailer {

    private static final Logger log = LoggerFactory.getLogger(EarlyAccessMailer.class);

    private final OfferRepository repository;
    private final Plans plans;
    private final Members accounts;
    private final MailOutbox outbox;
    private final OfferFormat format;
    private final SiteProperties site;
    private final Words words;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int batchSize;

    EarlyAccessMailer(OfferRepository repository, Plans plans, Members accounts, MailOutbox outbox,
                      OfferFormat format, SiteProperties site, Words words, TransactionTemplate transaction,
                      Clock clock, OfferProperties properties) {
        this.repository = repository;
        this.plans = plans;
        this.accounts = accounts;
        this.outbox = outbox;
        this.format = format;
        this.site = site;
        this.words = words;
        this.transaction = transaction;
        this.clock = clock;
        this.batchSize = properties.mailBatchSize();
    }

    /** Announces every offer whose early access has opened; returns how many mails were queued. */
    @Scheduled(fixedDelayString = "${dateline.offers.early-access-check:PT1M}", initialDelayString = "PT30S")
    public int announceDue() {
        int queued = 0;
        while (true) {
            Integer one = transaction.execute(status -> announceOne());
            if (one == null) {
                return queued;
            }
            queued += one;
        }
    }

    /** Claims one due offer and queues its mails; null when none is due (or all are claimed by other nodes). */
    private Integer announceOne() {
        Instant now = clock.instant();
        Optional<Long> claimed = repository.claimDueForEarlyMail(now);
        if (claimed.isEmpty()) {
            return null;
        }
        Offer offer = repository.find(claimed.get()).orElseThrow();
        Plan plan = plans.find(offer.planId()).orElseThrow();
        int queued = 0;
        long after = 0;
        List<MarketingRecipient> page;
        do {
            page = accounts.marketingAudience(after, batchSize);
            for (MarketingRecipient recipient : page) {
                if (outbox.enqueue(mail(offer, plan, recipient))) {
                    queued++;
                }
                after = recipient.memberId();
            }
        } while (page.size() == batchSize);
        repository.markEarlyNotified(offer.id(), now);
        log.info("Early access to offer {} ({}) announced: {} mails queued", offer.id(), offer.code(), queued);
        return queued;
    }

    private OutgoingMail mail(Offer offer, Plan plan, MarketingRecipient to) {
        String text = words.get("mail.offer.early-access.body", to.displayName(), format.summary(offer, plan),
                offer.code(), offer.publicStartsAt(), site.absolute("/offers/" + offer.code()),
                site.absolute("/account"));
        return OutgoingMail.text(to.email(), words.get("mail.offer.early-access.subject", offer.name(), site.name()),
                        text)
                .withDedupeKey("offer-early:" + offer.id() + ":" + to.memberId());
    }
}
