package be.hotline.gateway.revocation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads CRLs and asks OCSP responders, so that a handshake waiting for it cannot be held long: one deadline for
 * the whole exchange (a responder dripping bytes gets no more time), a size cap, and redirects followed only to
 * the same scheme (never from http to file, or https down to http).
 */
final class SourceFetcher {

    private static final int MAX_REDIRECTS = 3;
    private final HttpClient http;
    private final Duration timeout;

    SourceFetcher(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A CRL from an http(s) URL, or else from a file path (the registry's {@code crls}). */
    byte[] read(String location, int maxBytes) throws IOException {
        if (isUrl(location)) {
            return send(HttpRequest.newBuilder(URI.create(location)).GET().build(), maxBytes, MAX_REDIRECTS);
        }
        Path file = Path.of(location);
        if (Files.size(file) > maxBytes) {
            throw new IOException(location + " is larger than " + maxBytes + " bytes");
        }
        return Files.readAllBytes(file);
    }

    byte[] post(String url, String contentType, byte[] body, int maxBytes) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), maxBytes, 0);
    }

    static boolean isUrl(String location) {
        return location.startsWith("http://") || location.startsWith("https://");
    }

    private byte[] send(HttpRequest request, int maxBytes, int redirectsLeft) throws IOException {
        CompletableFuture<HttpResponse<byte[]>> answer = http.sendAsync(request, info -> info.statusCode() == 200
                ? new CappedBody(maxBytes) : HttpResponse.BodySubscribers.replacing(new byte[0]));
        HttpResponse<byte[]> response;
        try {
            response = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new IOException("no complete answer from " + request.uri() + " within " + timeout);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while fetching " + request.uri());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof IOException io ? io : new IOException(String.valueOf(cause), cause);
        }
        int status = response.statusCode();
        if (status >= 300 && status < 400 && redirectsLeft > 0) {
            return send(HttpRequest.newBuilder(redirectTarget(request.uri(), response)).GET().build(), maxBytes,
                    redirectsLeft - 1);
        }
        if (status != 200) {
            throw new IOException("HTTP " + status + " from " + request.uri());
        }
        return response.body();
    }

    private static URI redirectTarget(URI from, HttpResponse<?> response) throws IOException {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new IOException("HTTP " + response.statusCode() + " without Location from " + from));
        URI target = from.resolve(location);
        if (!from.getScheme().equalsIgnoreCase(String.valueOf(target.getScheme()))) {
            throw new IOException("redirect from " + from + " to another scheme refused: " + target);
        }
        return target;
    }

    /** Collects a body up to a cap; beyond it the transfer is cancelled and the fetch fails. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final int maxBytes;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        CappedBody(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (result.isDone()) {
                    return;
                }
                if (bytes.size() + buffer.remaining() > maxBytes) {
                    subscription.cancel();
                    result.completeExceptionally(new IOException("answer larger than " + maxBytes + " bytes"));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable failure) {
            result.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
