package be.hotline.gateway.partner;

import be.hotline.gateway.report.CountryCodes;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the partner registry YAML. Trusting a partner's CA and pinning its certificate is
 * configuration: CA files are PEM paths, resolved against the working directory.
 * Any mistake stops the gateway at start-up with a message naming the partner and field.
 */
public final class PartnerRegistryLoader {

    /** The one value of a police service's {@code receives}: content hosted in our own country. */
    private static final String DOMESTIC = "DOMESTIC";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public List<Partner> load(Path registryFile) {
        PartnerRegistryFile file;
        try (InputStream in = Files.newInputStream(registryFile)) {
            file = yaml.readValue(in, PartnerRegistryFile.class);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read partner registry " + registryFile + ": " + e.getMessage(), e);
        }
        if (file == null || file.partners() == null || file.partners().isEmpty()) {
            throw new IllegalStateException("partner registry " + registryFile + " lists no partners");
        }
        List<Partner> partners = new ArrayList<>();
        for (PartnerRegistryFile.Entry entry : file.partners()) {
            partners.add(toPartner(entry));
        }
        return partners;
    }

    private Partner toPartner(PartnerRegistryFile.Entry entry) {
        String id = required(entry.id(), "?", "id");
        required(entry.name(), id, "name");
        PartnerKind kind = kindOf(id, entry.kind());
        String country = required(entry.country(), id, "country");
        if (!CountryCodes.isAssigned(country)) {
            throw invalid(id, "country", "must be an ISO 3166-1 alpha-2 code");
        }
        List<X509Certificate> cas = orEmpty(entry.trustedCas()).stream().map(path -> readCertificate(id, path)).toList();
        if (cas.isEmpty()) {
            throw invalid(id, "trustedCas", "must list at least one PEM file (the partner's CA, or its pinned self-signed certificate)");
        }
        List<CertificateIdentity> identities = orEmpty(entry.certificates()).stream().map(i -> toIdentity(id, i)).toList();
        if (identities.isEmpty()) {
            throw invalid(id, "certificates", "must list at least one certificate identity");
        }
        Optional<Partner.OutboundEndpoint> outbound = Optional.ofNullable(entry.outbound())
                .map(o -> kind == PartnerKind.INTERNAL ? toNewsEndpoint(id, o, cas) : toOutbound(id, o, cas));
        List<String> confidential = orEmpty(entry.confidentialFeedback());
        if (!List.of(Partner.CASE_NUMBER).containsAll(confidential)) {
            throw invalid(id, "confidentialFeedback", "may only list " + Partner.CASE_NUMBER + ", not " + confidential);
        }
        return new Partner(id, entry.name(), kind, country, !Boolean.FALSE.equals(entry.enabled()),
                identities, cas, outbound, java.util.Set.copyOf(confidential), toInbound(id, entry), policeRoles(id, kind, entry));
    }

    /** receives: [DOMESTIC] and interpolContact: true, on POLICE partners only (RoutingRules checks the whole registry). */
    private static Partner.PoliceRoles policeRoles(String id, PartnerKind kind, PartnerRegistryFile.Entry entry) {
        List<String> receives = orEmpty(entry.receives());
        boolean interpol = Boolean.TRUE.equals(entry.interpolContact());
        if (kind != PartnerKind.POLICE && (!receives.isEmpty() || interpol)) {
            throw invalid(id, receives.isEmpty() ? "interpolContact" : "receives",
                    "is for POLICE partners only (a hotline receives what is hosted in its country)");
        }
        if (!List.of(DOMESTIC).containsAll(receives)) {
            throw invalid(id, "receives", "may only list " + DOMESTIC + " (content hosted in our country), not " + receives);
        }
        return new Partner.PoliceRoles(receives.contains(DOMESTIC), interpol);
    }

    private static Partner.Inbound toInbound(String id, PartnerRegistryFile.Entry entry) {
        RevocationMode revocation;
        try {
            revocation = RevocationMode.parse(entry.revocation());
        } catch (IllegalArgumentException e) {
            throw invalid(id, "revocation", "must be strict, soft or off, not '" + entry.revocation() + "'");
        }
        List<String> crls = orEmpty(entry.crls());
        for (String crl : crls) {
            boolean url = crl.startsWith("http://") || crl.startsWith("https://");
            if (!url && !Files.isReadable(Path.of(crl))) {
                throw invalid(id, "crls", "lists '" + crl + "', which is neither an http(s) URL nor a readable file");
            }
        }
        return new Partner.Inbound(revocation, crls, toLimits(id, entry.limits()), Boolean.TRUE.equals(entry.requireSignature()));
    }

    private static PartnerLimits toLimits(String id, PartnerRegistryFile.Limits limits) {
        if (limits == null) {
            return PartnerLimits.DEFAULT;
        }
        int rate = limits.requestsPerSecond() == null ? PartnerLimits.DEFAULT.requestsPerSecond() : limits.requestsPerSecond();
        int concurrent = limits.concurrentRequests() == null ? PartnerLimits.DEFAULT.concurrentRequests()
                : limits.concurrentRequests();
        if (rate < 1 || concurrent < 1) {
            throw invalid(id, "limits", "requestsPerSecond and concurrentRequests must be at least 1");
        }
        return new PartnerLimits(rate, concurrent);
    }

    private static PartnerKind kindOf(String id, String kind) {
        try {
            return PartnerKind.valueOf(required(kind, id, "kind"));
        } catch (IllegalArgumentException e) {
            throw invalid(id, "kind", "must be HOTLINE, POLICE or INTERNAL, not '" + kind + "'");
        }
    }

    private static Partner.OutboundEndpoint toOutbound(String id, PartnerRegistryFile.Outbound outbound,
                                                       List<X509Certificate> partnerCas) {
        String url = required(outbound.url(), id, "outbound.url");
        if (!url.startsWith("https://")) {
            throw invalid(id, "outbound.url", "must be an https:// URL (deliveries use mutual TLS)");
        }
        required(outbound.format(), id, "outbound.format");
        return endpoint(id, url, outbound.format(), outbound, partnerCas);
    }

    /**
     * Our own case management gets no reports from the gateway, only news about the reports it sent: its outbound
     * entry is a feedbackUrl (news go out as the case-management news JSON) with the usual TLS and retry settings.
     */
    private static Partner.OutboundEndpoint toNewsEndpoint(String id, PartnerRegistryFile.Outbound outbound,
                                                           List<X509Certificate> partnerCas) {
        if (outbound.url() != null || outbound.ackDeadline() != null) {
            throw invalid(id, outbound.url() != null ? "outbound.url" : "outbound.ackDeadline", "an INTERNAL partner is"
                    + " sent no reports, only news about its own: give outbound.feedbackUrl and leave this out");
        }
        required(outbound.feedbackUrl(), id, "outbound.feedbackUrl");
        if (outbound.format() != null && !"JSON".equals(outbound.format())) {
            throw invalid(id, "outbound.format", "news to an INTERNAL partner are JSON; leave format out or say JSON");
        }
        return endpoint(id, null, "JSON", outbound, partnerCas);
    }

    private static Partner.OutboundEndpoint endpoint(String id, String url, String format, PartnerRegistryFile.Outbound outbound,
                                                     List<X509Certificate> partnerCas) {
        List<X509Certificate> serverCas = outbound.trustedCas() == null ? partnerCas
                : outbound.trustedCas().stream().map(path -> readCertificate(id, path)).toList();
        PartnerRegistryFile.Retry retry = outbound.retry() == null ? new PartnerRegistryFile.Retry(null, null, null) : outbound.retry();
        if (outbound.feedbackUrl() != null && !outbound.feedbackUrl().startsWith("https://")) {
            throw invalid(id, "outbound.feedbackUrl", "must be an https:// URL (relays use mutual TLS)");
        }
        return new Partner.OutboundEndpoint(url, format, serverCas,
                duration(id, "outbound.retry.initialDelay", retry.initialDelay()), retry.maxAttempts(),
                duration(id, "outbound.retry.maxAge", retry.maxAge()), outbound.feedbackUrl(),
                duration(id, "outbound.ackDeadline", outbound.ackDeadline()), maxConcurrent(id, outbound.maxConcurrent()));
    }

    private static int maxConcurrent(String id, String value) {
        if (value == null) {
            return Partner.OutboundEndpoint.DEFAULT_MAX_CONCURRENT;
        }
        try {
            int cap = Integer.parseInt(value.trim());
            if (cap >= 1) {
                return cap;
            }
        } catch (NumberFormatException e) {
            // refused below, with the value
        }
        throw invalid(id, "outbound.maxConcurrent", "must be a positive integer (requests in flight to the partner at"
                + " once), not '" + value + "'");
    }

    private static java.time.Duration duration(String id, String field, String value) {
        try {
            return value == null ? null : java.time.Duration.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw invalid(id, field, "must be an ISO-8601 duration such as PT30S");
        }
    }

    private static CertificateIdentity toIdentity(String id, PartnerRegistryFile.Identity identity) {
        boolean pinned = identity.sha256() != null;
        boolean named = identity.subject() != null || identity.issuer() != null;
        if (pinned == named) {
            throw invalid(id, "certificates", "each entry needs either sha256, or subject and issuer (not both)");
        }
        if (pinned && !identity.sha256().replace(":", "").matches("[0-9A-Fa-f]{64}")) {
            throw invalid(id, "certificates.sha256", "must be 64 hexadecimal digits (colons allowed)");
        }
        try {
            return pinned ? CertificateIdentity.pinned(identity.sha256())
                    : CertificateIdentity.named(identity.subject(), identity.issuer());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw invalid(id, "certificates", "subject and issuer must both be distinguished names");
        }
    }

    private static X509Certificate readCertificate(String id, String path) {
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | CertificateException e) {
            throw invalid(id, "trustedCas", "cannot read certificate " + path + ": " + e.getMessage());
        }
    }

    private static String required(String value, String id, String field) {
        if (value == null || value.isBlank()) {
            throw invalid(id, field, "is required");
        }
        return value;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static IllegalStateException invalid(String id, String field, String message) {
        return new IllegalStateException("partner registry: partner '" + id + "' " + field + " " + message);
    }
}
