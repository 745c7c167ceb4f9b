package be.hotline.gateway.revocation;

import java.time.Duration;

/**
 * How revocation data is fetched and kept.
 *
 * @param refresh how often every known CRL and OCSP status is fetched again (gateway.revocation.refresh)
 * @param timeout the most one fetch may take, connection, answer and body together (gateway.revocation.timeout)
 * @param maxAge  the longest an OCSP answer, or a CRL without nextUpdate, is used after it was fetched; a source
 *                nobody asked about for this long is forgotten (gateway.revocation.max-age)
 */
public record RevocationSettings(Duration refresh, Duration timeout, Duration maxAge) {

    /** A CRL of a large CA runs to a few MiB; more is refused rather than buffered. */
    static final int MAX_CRL_BYTES = 10 * 1024 * 1024;
    /** An OCSP answer about one certificate is a few KiB. */
    static final int MAX_OCSP_BYTES = 64 * 1024;
    /** Clocks of CAs and responders run a little ahead of ours: their thisUpdate may be this far in our future. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    public RevocationSettings {
        if (refresh.isNegative() || refresh.isZero() || timeout.isNegative() || timeout.isZero()
                || maxAge.compareTo(refresh) < 0) {
            throw new IllegalArgumentException("revocation settings need a positive refresh and timeout, and a max-age"
                    + " of at least one refresh: " + refresh + ", " + timeout + ", " + maxAge);
        }
    }
}
