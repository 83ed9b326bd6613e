package news.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import news.dateline.member.Members;
import news.dateline.member.Role;
import news.dateline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ApplicationStartsIT {

    @Autowired
    Members members;

    @Test
    void migratesTheEmbeddedDatabaseAndCreatesTheBootstrapAdmin() {
        assertThat(members.findByEmail("ADMIN@test.local"))
                .hasValueSatisfying(admin -> assertThat(admin.roles()).contains(Role.ADMIN));
    }
}
