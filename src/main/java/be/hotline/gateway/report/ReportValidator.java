package be.hotline.gateway.report;

import be.hotline.gateway.report.DeliverableText.Lines;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a raw submission into a {@link ValidatedReport}, or lists every field at fault.
 * It never stops at the first error: a partner fixes a rejected report in one go.
 * Every text field of a report is single-line, and holds only characters every outbound format
 * can carry ({@link DeliverableText}).
 */
public final class ReportValidator {

    /** Partners' clocks drift; a timestamp this far ahead of ours is still accepted. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    static final int MAX_ITEMS = 500;
    private static final Pattern PARTNER_REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}");
    private static final Pattern ASN = Pattern.compile("(?i)AS\\d{1,10}");
    static final int MAX_URL_LENGTH = 2048;
    static final int MAX_TEXT_LENGTH = 200;
    static final int MAX_EMAIL_LENGTH = 254;
    static final int MAX_HASHES = 20;
    static final int MAX_PHONE_LENGTH = 40;

    private final Clock clock;

    public ReportValidator(Clock clock) {
        this.clock = clock;
    }

    /** Every field the rules refuse, or none: for a reader that answers them together with faults of its own. */
    public List<FieldError> faultsOf(ReportSubmission submission) {
        try {
            validate(submission);
            return List.of();
        } catch (InvalidReportException e) {
            return e.errors();
        }
    }

    public ValidatedReport validate(ReportSubmission submission) {
        FieldErrors errors = new FieldErrors(clock.instant().plus(CLOCK_SKEW));
        singleLineText(errors, "/partnerReference", submission.partnerReference());
        singleLineText(errors, "/firstSeenAt", submission.firstSeenAt());
        String partnerReference = errors.require("/partnerReference", submission.partnerReference());
        if (partnerReference != null && !PARTNER_REFERENCE.matcher(partnerReference).matches()) {
            errors.add("/partnerReference", "must be 1-128 characters: letters, digits and . _ : / -, starting with a letter or digit");
        }
        Optional<Instant> firstSeen = errors.pastInstant("/firstSeenAt", submission.firstSeenAt());
        List<ContentItem> items = contentItems(submission.contentItems(), errors);
        Assessment assessment = assessment(submission.assessment(), errors);
        Optional<ReporterContact> reporter = reporter(submission.reporter(), errors);
        errors.throwIfAny();
        return new ValidatedReport(new Report(partnerReference, firstSeen, items, assessment), reporter);
    }

    private List<ContentItem> contentItems(List<ReportSubmission.Item> raw, FieldErrors errors) {
        if (raw == null || raw.isEmpty()) {
            errors.add("/contentItems", "at least one content item is required");
            return List.of();
        }
        if (raw.size() > MAX_ITEMS) {
            errors.add("/contentItems", "at most " + MAX_ITEMS + " content items per report");
            return List.of();
        }
        List<ContentItem> items = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            ReportSubmission.Item item = raw.get(i);
            String at = "/contentItems/" + i;
            if (item == null) {
                errors.add(at, "must be an object");
                continue;
            }
            items.add(contentItem(item, at, errors));
        }
        return items;
    }

    private ContentItem contentItem(ReportSubmission.Item item, String at, FieldErrors errors) {
        singleLineText(errors, at + "/url", item.url());
        singleLineText(errors, at + "/contentType", item.contentType());
        singleLineText(errors, at + "/hostingIp", item.hostingIp());
        singleLineText(errors, at + "/hostingCountry", item.hostingCountry());
        singleLineText(errors, at + "/hostingProvider", item.hostingProvider());
        singleLineText(errors, at + "/asn", item.asn());
        singleLineText(errors, at + "/firstSeenAt", item.firstSeenAt());
        singleLineText(errors, at + "/lastSeenAt", item.lastSeenAt());
        String url = errors.require(at + "/url", item.url());
        if (url != null && url.length() > MAX_URL_LENGTH) {
            errors.add(at + "/url", "must be at most " + MAX_URL_LENGTH + " characters");
        } else if (url != null && !isHttpUrl(url)) {
            errors.add(at + "/url", "must be an absolute http or https URL");
        }
        errors.maxLength(at + "/hostingProvider", item.hostingProvider(), MAX_TEXT_LENGTH);
        ContentType type = errors.enumValue(at + "/contentType", item.contentType(), ContentType.class, true);
        Optional<String> ip = Optional.ofNullable(item.hostingIp()).filter(s -> !s.isBlank());
        if (ip.isPresent() && !IpAddressLiteral.isValid(ip.get())) {
            errors.add(at + "/hostingIp", "must be an IPv4 or IPv6 address");
        }
        String country = errors.require(at + "/hostingCountry", item.hostingCountry());
        if (country != null && !CountryCodes.isAssigned(country)) {
            errors.add(at + "/hostingCountry", "must be an ISO 3166-1 alpha-2 country code in upper case, e.g. BE");
        }
        Optional<String> asn = Optional.ofNullable(item.asn()).filter(s -> !s.isBlank());
        if (asn.isPresent() && !ASN.matcher(asn.get()).matches()) {
            errors.add(at + "/asn", "must look like AS64500");
        }
        Optional<Instant> firstSeen = errors.pastInstant(at + "/firstSeenAt", item.firstSeenAt());
        Optional<Instant> lastSeen = errors.pastInstant(at + "/lastSeenAt", item.lastSeenAt());
        if (firstSeen.isPresent() && lastSeen.isPresent() && lastSeen.get().isBefore(firstSeen.get())) {
            errors.add(at + "/lastSeenAt", "must not be before firstSeenAt");
        }
        List<ContentHash> hashes = hashes(item.hashes(), at, errors);
        return new ContentItem(url, type, ip, country,
                Optional.ofNullable(item.hostingProvider()).filter(s -> !s.isBlank()),
                asn.map(s -> s.toUpperCase(Locale.ROOT)), firstSeen, lastSeen, hashes, Optional.empty());
    }

    private List<ContentHash> hashes(List<ReportSubmission.HashFields> raw, String at, FieldErrors errors) {
        List<ContentHash> hashes = new ArrayList<>();
        if (raw == null) {
            return hashes;
        }
        if (raw.size() > MAX_HASHES) {
            errors.add(at + "/hashes", "at most " + MAX_HASHES + " hashes per content item");
            return hashes;
        }
        for (int i = 0; i < raw.size(); i++) {
            String hashAt = at + "/hashes/" + i;
            ReportSubmission.HashFields hash = raw.get(i);
            if (hash == null) {
                errors.add(hashAt, "must be an object");
                continue;
            }
            singleLineText(errors, hashAt + "/algorithm", hash.algorithm());
            singleLineText(errors, hashAt + "/value", hash.value());
            HashAlgorithm algorithm = errors.enumValue(hashAt + "/algorithm", hash.algorithm(), HashAlgorithm.class, true);
            if (algorithm != null && !algorithm.accepts(hash.value())) {
                errors.add(hashAt + "/value", "is not a valid " + algorithm + " value");
            }
            hashes.add(new ContentHash(algorithm, algorithm == null ? hash.value() : algorithm.canonical(hash.value())));
        }
        return hashes;
    }

    private Assessment assessment(ReportSubmission.AssessmentFields raw, FieldErrors errors) {
        if (raw == null) {
            errors.add("/assessment", "is required");
            return null;
        }
        singleLineText(errors, "/assessment/classification", raw.classification());
        singleLineText(errors, "/assessment/depiction", raw.depiction());
        singleLineText(errors, "/assessment/ageGroup", raw.ageGroup());
        singleLineText(errors, "/assessment/gender", raw.gender());
        singleLineText(errors, "/assessment/siteType", raw.siteType());
        singleLineText(errors, "/assessment/commerciality", raw.commerciality());
        return new Assessment(
                errors.enumValue("/assessment/classification", raw.classification(), Classification.class, true),
                orDefault(errors.enumValue("/assessment/depiction", raw.depiction(), Depiction.class, false), Depiction.NOT_DETERMINED),
                orDefault(errors.enumValue("/assessment/ageGroup", raw.ageGroup(), AgeGroup.class, false), AgeGroup.NOT_DETERMINED),
                orDefault(errors.enumValue("/assessment/gender", raw.gender(), Gender.class, false), Gender.NOT_DETERMINED),
                orDefault(errors.enumValue("/assessment/siteType", raw.siteType(), SiteType.class, false), SiteType.NOT_APPLICABLE),
                orDefault(errors.enumValue("/assessment/commerciality", raw.commerciality(), Commerciality.class, false), Commerciality.NOT_DETERMINED),
                Boolean.TRUE.equals(raw.userGenerated()),
                Boolean.TRUE.equals(raw.childModelling()));
    }

    private static Optional<ReporterContact> reporter(ReportSubmission.ReporterFields raw, FieldErrors errors) {
        if (raw == null) {
            return Optional.empty();
        }
        singleLineText(errors, "/reporter/name", raw.name());
        singleLineText(errors, "/reporter/email", raw.email());
        singleLineText(errors, "/reporter/phone", raw.phone());
        Optional<String> email = Optional.ofNullable(raw.email()).filter(s -> !s.isBlank());
        if (email.isPresent() && !email.get().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add("/reporter/email", "must be an e-mail address");
        }
        errors.maxLength("/reporter/name", raw.name(), MAX_TEXT_LENGTH);
        errors.maxLength("/reporter/email", raw.email(), MAX_EMAIL_LENGTH);
        errors.maxLength("/reporter/phone", raw.phone(), MAX_PHONE_LENGTH);
        ReporterContact contact = new ReporterContact(
                Optional.ofNullable(raw.name()).filter(s -> !s.isBlank()), email,
                Optional.ofNullable(raw.phone()).filter(s -> !s.isBlank()));
        boolean empty = contact.name().isEmpty() && contact.email().isEmpty() && contact.phone().isEmpty();
        return empty ? Optional.empty() : Optional.of(contact);
    }

    /**
     * Checked before the field's other rules. Every report field is single-line (xs:token in the INHOPE schema); the
     * reporter's fields too, which never leave the gateway but are stored, and PostgreSQL cannot store a NUL.
     */
    private static void singleLineText(FieldErrors errors, String pointer, String value) {
        errors.deliverable(pointer, value, Lines.SINGLE);
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            // The raw authority, not getHost(): java.net.URI finds no host in valid names such as my_site.example.
            String authority = uri.getRawAuthority();
            return uri.isAbsolute() && authority != null && !authority.isBlank() && !authority.startsWith(":")
                    && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
