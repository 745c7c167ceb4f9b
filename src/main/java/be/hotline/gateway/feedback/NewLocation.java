package be.hotline.gateway.feedback;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a content item went, as a receiver reporting it MOVED tells us: the new hosting country (which decides the
 * item's new receiver) and, when known, its new IP address and hosting provider.
 */
public record NewLocation(String hostingCountry, Optional<String> hostingIp, Optional<String> hostingProvider) {

    public NewLocation {
        Objects.requireNonNull(hostingCountry);
        Objects.requireNonNull(hostingIp);
        Objects.requireNonNull(hostingProvider);
    }
}
