package news.dateline.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import news.dateline.article.AccessLevel;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.member.Member;
import news.dateline.support.IntegrationTest;
import news.dateline.support.SecondNode;
import news.dateline.support.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two app nodes on one database: a member opening their 10th, 11th and 12th distinct articles at the same instant,
 * on both nodes, is granted exactly one of them.
 */
@IntegrationTest
class MeterConcurrencyIT {

    private static SecondNode secondNode;

    @Autowired
    TestData data;
    @Autowired
    ReadingGateService firstGate;
    @Autowired
    ArticleService articles;
    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    @Test
    void theLastFreeReadIsGrantedOnceAcrossTwoNodes() throws Exception {
        ReadingGateService secondGate = secondNode().bean(ReadingGateService.class);
        AccessFixtures fixtures = new AccessFixtures(data);
        int rounds = 8;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < rounds; round++) {
                Member member = fixtures.member();
                Reader reader = Reader.member(member.id());
                List<Article> read = fixtures.metered(9);
                read.forEach(a -> assertThat(firstGate.admit(access(a), reader).granted()).isTrue());
                List<Article> contested = fixtures.metered(6);

                CountDownLatch start = new CountDownLatch(1);
                List<Future<AccessDecision>> results = new ArrayList<>();
                for (int i = 0; i < contested.size(); i++) {
                    ReadingGateService gate = i % 2 == 0 ? firstGate : secondGate;
                    ArticleAccess article = access(contested.get(i));
                    Callable<AccessDecision> open = () -> {
                        start.await();
                        return gate.admit(article, reader);
                    };
                    results.add(pool.submit(open));
                }
                start.countDown();
                int granted = 0;
                for (Future<AccessDecision> result : results) {
                    granted += result.get().granted() ? 1 : 0;
                }

                assertThat(granted).as("round %d: grants of the 10th free read", round).isEqualTo(1);
                String key = reader.meterKey();
                assertThat(jdbc.sql("select count(*) from meter_read where reader_key = :k").param("k", key)
                        .query(Integer.class).single()).isEqualTo(10);
                assertThat(jdbc.sql("select sum(reads) from meter_month where reader_key = :k").param("k", key)
                        .query(Integer.class).single()).isEqualTo(10);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ArticleAccess access(Article article) {
        return new ArticleAccess(article.id(), AccessLevel.METERED);
    }

    /** A second application in this JVM, on the first one's database and clock. */
    private SecondNode secondNode() {
        if (secondNode == null) {
            secondNode = data.secondNode();
        }
        return secondNode;
    }
}
