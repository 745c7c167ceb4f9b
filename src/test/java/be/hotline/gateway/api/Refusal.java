package be.hotline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.http.HttpResponse;

/** Asserts that the gateway let a caller in no further than the TLS handshake, or at most to a 403. */
final class Refusal {

    interface Call {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    private Refusal() {
    }

    static void assertRefusedInHandshake(Call call) {
        try {
            HttpResponse<String> response = call.send();
            fail("expected the TLS handshake to be refused, got HTTP " + response.statusCode());
        } catch (IOException expected) {
            assertThat(expected).isInstanceOf(IOException.class);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }

    static void assertRefusedOrForbidden(Call call) {
        try {
            HttpResponse<String> response = call.send();
            assertThat(response.statusCode()).as("a refused certificate may only get 403").isEqualTo(403);
        } catch (IOException refusedInHandshake) {
            assertThat(refusedInHandshake).isInstanceOf(IOException.class);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }
}
