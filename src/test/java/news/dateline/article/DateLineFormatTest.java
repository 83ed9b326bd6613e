package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;

import news.dateline.site.Words;

import org.junit.jupiter.api.Test;

class DateLineFormatTest {

    private final DateLineFormat format = new DateLineFormat(ZoneId.of("Asia/Kolkata"), "IST");

    private static Instant at(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toInstant();
    }

    @Test
    void showsOnlyTheTimeOfAnUpdateOnTheSameDay() {
        Instant published = at("2016-12-12T22:30:00+05:30");
        assertThat(format.dateLine(published, published, "BRUSSELS"))
                .isEqualTo("December 12, 2016 10:30 pm | Updated 10:30 pm IST - BRUSSELS:");
    }

    @Test
    void showsTheFullDateOfAnUpdateOnAnotherDay() {
        assertThat(format.dateLine(at("2017-02-06T11:01:00+05:30"), at("2021-12-04T23:58:00+05:30"), null))
                .isEqualTo("February 06, 2017 11:01 am | Updated December 04, 2021 11:58 pm IST");
    }

    @Test
    void printsTimesInTheSiteZoneWhateverTheStoredOffset() {
        Instant utcEvening = at("2024-07-09T02:45:00Z");
        assertThat(format.dateLine(utcEvening, null, "CHENNAI"))
                .isEqualTo("July 09, 2024 08:15 am | Updated 08:15 am IST - CHENNAI:");
    }

    @Test
    void readersGetTheSameLineFromTheMessageBundleInTheSiteLocale() {
        DateLineFormat readers = DateLineFormat.forReaders(Words.bundled(Locale.forLanguageTag("en-IN"),
                ZoneId.of("Asia/Kolkata")), "IST");
        Instant published = at("2017-02-06T11:01:00+05:30");
        Instant updated = at("2021-12-04T23:58:00+05:30");
        assertThat(readers.dateLine(published, updated, "BRUSSELS")).isEqualTo(format.dateLine(published, updated, "BRUSSELS"))
                .isEqualTo("February 06, 2017 11:01 am | Updated December 04, 2021 11:58 pm IST - BRUSSELS:");
        assertThat(readers.date(published)).isEqualTo("February 06, 2017");
        assertThat(readers.dateTime(updated)).isEqualTo("December 04, 2021 11:58 pm IST");
    }
}
