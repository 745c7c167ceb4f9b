package be.hotline.gateway.revocation;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Every CRL location and OCSP question the gateway knows of, with what each last gave: the checker reads from
 * here, the refresher fetches them all again, health and metrics ask which are down or stale.
 */
public final class RevocationSources {

    private record CrlKey(String location, X509Certificate issuer) {
    }

    private record OcspKey(String url, X509Certificate issuer, BigInteger serial) {
    }

    private final Map<CrlKey, CrlSource> crls = new ConcurrentHashMap<>();
    private final Map<OcspKey, OcspSource> ocsp = new ConcurrentHashMap<>();
    private final RevocationSettings settings;
    private final SourceFetcher fetcher;
    private final OcspClient ocspClient;

    public RevocationSources(RevocationSettings settings) {
        this.settings = settings;
        this.fetcher = new SourceFetcher(settings.timeout());
        this.ocspClient = new OcspClient(fetcher, settings.maxAge());
    }

    public RevocationSettings settings() {
        return settings;
    }

    /** A registry CRL, fetched by the refresher from the start and kept while the registry names it. */
    public void watchCrl(String location, X509Certificate issuer, Instant now) {
        crls.computeIfAbsent(new CrlKey(location, issuer),
                key -> new CrlSource(location, issuer, true, fetcher, settings.maxAge(), now));
    }

    /** The CRL source of this issuer at this location, fetched now if it was never tried. */
    CrlSource crl(String location, X509Certificate issuer, Instant now) {
        CrlSource source = crls.computeIfAbsent(new CrlKey(location, issuer),
                key -> new CrlSource(location, issuer, false, fetcher, settings.maxAge(), now));
        source.use(now);
        return source;
    }

    /** The OCSP responder's answer source about this certificate, asked now if it was never asked. */
    OcspSource ocsp(String url, X509Certificate issuer, BigInteger serial, Instant now) {
        OcspSource source = ocsp.computeIfAbsent(new OcspKey(url, issuer, serial),
                key -> new OcspSource(url, issuer, serial, ocspClient, now));
        source.use(now);
        return source;
    }

    /** Fetches every source again, and forgets those nobody asked about for max-age (registry CRLs stay). */
    void refreshAll(Instant now) {
        Instant unusedSince = now.minus(settings.maxAge());
        crls.values().removeIf(source -> !source.pinned() && source.lastUsed().isBefore(unusedSince));
        ocsp.values().removeIf(source -> source.lastUsed().isBefore(unusedSince));
        all().forEach(source -> source.refresh(now));
    }

    /** The earliest moment something held stops being fresh, or empty when nothing fresh is held. */
    Optional<Instant> nextExpiry(Instant now) {
        return all().filter(source -> source.fresh(now)).map(RevocationSource::freshUntil).min(Instant::compareTo);
    }

    /**
     * The locations (CRL file or URL, OCSP responder URL) whose last fetch failed or whose copy has expired, each
     * with why, in location order. One line per location, however many certificates it was asked about.
     */
    public Map<String, String> problems(Instant now) {
        Map<String, String> problems = new TreeMap<>();
        all().forEach(source -> source.problem(now).ifPresent(problem -> problems.putIfAbsent(source.location(), problem)));
        return problems;
    }

    private Stream<RevocationSource> all() {
        return Stream.concat(crls.values().stream(), ocsp.values().stream());
    }
}
