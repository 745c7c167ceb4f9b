package be.hotline.gateway.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One URL where reported material was found, with where it is hosted.
 *
 * @param assignedCountry the country that must act on it (RoutingRules#assignedCountry): set only on what the
 *                        gateway sends, never read from a partner
 */
public record ContentItem(
        String url,
        ContentType contentType,
        Optional<String> hostingIp,
        String hostingCountry,
        Optional<String> hostingProvider,
        Optional<String> asn,
        Optional<Instant> firstSeenAt,
        Optional<Instant> lastSeenAt,
        List<ContentHash> hashes,
        Optional<String> assignedCountry) {

    public ContentItem {
        hashes = List.copyOf(hashes);
    }

    public ContentItem assignedTo(String country) {
        return new ContentItem(url, contentType, hostingIp, hostingCountry, hostingProvider, asn, firstSeenAt, lastSeenAt,
                hashes, Optional.of(country));
    }
}
