package news.dateline.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class MeterPruningIT {

    @Autowired
    MeterPruning pruning;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void metersOfMonthsBeforeThePreviousOneAreForgotten() {
        LocalDate thisMonth = clock.instant().atZone(ZoneId.of("Asia/Kolkata")).toLocalDate().withDayOfMonth(1);
        String visitor = "visitor:" + UUID.randomUUID();
        for (LocalDate month : new LocalDate[] {thisMonth, thisMonth.minusMonths(1), thisMonth.minusMonths(2)}) {
            jdbc.sql("insert into meter_month (reader_key, month, reads) values (:k, :m, 1)")
                    .param("k", visitor).param("m", month).update();
            jdbc.sql("insert into meter_read (reader_key, month, article_id, read_at) values (:k, :m, 1, now())")
                    .param("k", visitor).param("m", month).update();
        }

        pruning.pruneOldMonths();

        assertThat(jdbc.sql("select month from meter_month where reader_key = :k order by month").param("k", visitor)
                .query(LocalDate.class).list()).containsExactly(thisMonth.minusMonths(1), thisMonth);
        assertThat(jdbc.sql("select count(*) from meter_read where reader_key = :k").param("k", visitor)
                .query(Integer.class).single()).isEqualTo(2);
    }
}
