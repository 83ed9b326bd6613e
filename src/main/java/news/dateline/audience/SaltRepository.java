package news.dateline.audience;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class SaltRepository {

    private final JdbcClient jdbc;

    SaltRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The day's salt: the one stored, or {@code proposed} stored now. Earlier days' salts are deleted. */
    @Transactional
    byte[] saltOf(LocalDate day, byte[] proposed) {
        jdbc.sql("delete from audience_salt where day < :day").param("day", day).update();
        jdbc.sql("insert into audience_salt (day, salt) values (:day, :salt) on conflict (day) do nothing")
                .param("day", day).param("salt", proposed).update();
        return jdbc.sql("select salt from audience_salt where day = :day").param("day", day)
                .query(byte[].class).single();
    }
}
