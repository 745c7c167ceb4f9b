package be.hotline.gateway.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.sql.SQLDataException;
import org.junit.jupiter.api.Test;

class LoggableFailureTest {

    @Test
    void keepsEveryCauseAndItsFramesButNoMessageThatCouldQuoteTheRequest() {
        SQLDataException database = new SQLDataException("Value too long for column NAME: 'Zerlinde Quaghebeür'", "22001", 22001);
        IllegalStateException wrapper = new IllegalStateException("database error: " + database.getMessage(), database);

        LoggableFailure loggable = LoggableFailure.of(wrapper);

        String printed = printed(loggable);
        assertThat(printed).doesNotContain("Zerlinde")
                .contains("java.lang.IllegalStateException (message withheld")
                .contains("Caused by: java.sql.SQLDataException (SQLState 22001, error 22001; message withheld)");
        assertThat(loggable.getStackTrace()).isEqualTo(wrapper.getStackTrace());
        assertThat(loggable.getCause().getStackTrace()).isEqualTo(database.getStackTrace());
    }

    @Test
    void keepsTheMessagesOfConnectionFailures() {
        assertThat(LoggableFailure.of(new ConnectException("Connection refused")).toString())
                .isEqualTo("java.net.ConnectException: Connection refused");
        assertThat(LoggableFailure.of(null)).isNull();
    }

    private static String printed(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
