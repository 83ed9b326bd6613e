package news.dateline.article;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Publishes scheduled articles when their time comes. Row locks keep nodes from publishing one twice. */
@Component
class PublicationScheduler {

    private static final Logger log = LoggerFactory.getLogger(PublicationScheduler.class);

    private final ArticleService articles;

    PublicationScheduler(ArticleService articles) {
        this.articles = articles;
    }

    @Scheduled(fixedDelayString = "${dateline.articles.publish-check-interval:PT15S}")
    void publishDue() {
        List<Long> published = articles.publishDue();
        if (!published.isEmpty()) {
            log.info("Published scheduled articles {}", published);
        }
    }
}
