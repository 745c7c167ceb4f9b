package be.hotline.gateway.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import javax.net.ssl.SSLHandshakeException;

/** Asserts that the gateway let a caller in no further than the TLS handshake. */
final class Refusal {

    interface Call {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    private Refusal() {
    }

    static void assertRefusedInHandshake(Call call) {
        assertThatThrownBy(call::send)
                .as("the gateway must refuse this client certificate during the TLS handshake")
                .isInstanceOf(SSLHandshakeException.class);
    }
}
