package be.hotline.gateway.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One URL where reported material was found, with where it is hosted. */
public record ContentItem(
        String url,
        ContentType contentType,
        Optional<String> hostingIp,
        String hostingCountry,
        Optional<String> hostingProvider,
        Optional<String> asn,
        Optional<Instant> firstSeenAt,
        Optional<Instant> lastSeenAt,
        List<ContentHash> hashes) {

    public ContentItem {
        hashes = List.copyOf(hashes);
    }
}
