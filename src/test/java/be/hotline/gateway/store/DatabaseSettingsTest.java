package be.hotline.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which URLs name a local H2 file (whose files are made private), and the H2 URL the pool really connects with. */
class DatabaseSettingsTest {

    @Test
    void anH2FileUrlNamesItsFile() {
        assertThat(url("jdbc:h2:file:./data/gateway;WRITE_DELAY=0").h2File())
                .contains(Path.of("data/gateway").toAbsolutePath());
        assertThat(url("jdbc:h2:/srv/gw/db").h2File()).contains(Path.of("/srv/gw/db"));
        assertThat(url("jdbc:h2:~/gw/db").h2File()).contains(Path.of(System.getProperty("user.home"), "gw/db"));
    }

    @Test
    void otherUrlsNameNoFile() {
        assertThat(url("jdbc:h2:mem:gateway").h2File()).isEmpty();
        assertThat(url("jdbc:h2:tcp://db:9092/gateway").h2File()).isEmpty();
        assertThat(url("jdbc:postgresql://127.0.0.1:5432/test").h2File()).isEmpty();
    }

    @Test
    void anH2FileStaysOpenUntilThePoolClosesIt() {
        assertThat(url("jdbc:h2:file:./data/gateway;WRITE_DELAY=0").connectionUrl())
                .isEqualTo("jdbc:h2:file:./data/gateway;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(url("jdbc:h2:file:./x;db_close_on_exit=TRUE").connectionUrl()).as("an explicit choice is kept")
                .isEqualTo("jdbc:h2:file:./x;db_close_on_exit=TRUE");
        assertThat(url("jdbc:postgresql://127.0.0.1:5432/test").connectionUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
    }

    private static DatabaseSettings url(String jdbcUrl) {
        return new DatabaseSettings(jdbcUrl, "sa", "", 2, 5000);
    }
}
