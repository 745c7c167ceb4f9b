package be.hotline.gateway.format;

import be.hotline.gateway.report.AgeGroup;
import be.hotline.gateway.report.Classification;
import be.hotline.gateway.report.Commerciality;
import be.hotline.gateway.report.ContentType;
import be.hotline.gateway.report.Depiction;
import be.hotline.gateway.report.Gender;
import be.hotline.gateway.report.HashAlgorithm;
import be.hotline.gateway.report.ReportSubmission;
import be.hotline.gateway.report.ReportSubmission.AssessmentFields;
import be.hotline.gateway.report.ReportSubmission.HashFields;
import be.hotline.gateway.report.ReportSubmission.Item;
import be.hotline.gateway.report.ReportSubmission.ReporterFields;
import be.hotline.gateway.report.SiteType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Report submissions as any partner might send them: every field mostly a value of the right shape (free text
 * from all of Unicode), now and then anything at all, a forbidden character slipped in, or nothing. About a
 * third of them pass the validator; the rest fail it on one field or several. jqwik's own edge cases are
 * left out: mixed into some twenty fields at once they would leave hardly a submission valid; the edges
 * that matter (absent values, odd years, lone surrogates) are generated on purpose.
 */
final class ArbitrarySubmissions {

    /** The validator's "now" in these tests. */
    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private ArbitrarySubmissions() {
    }

    static Arbitrary<ReportSubmission> submissions() {
        return Combinators.combine(
                        field(Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:/-")
                                .ofMinLength(1).ofMaxLength(128).filter(s -> Character.isLetterOrDigit(s.charAt(0)))),
                        field(timestamps()),
                        items().list().ofMinSize(1).ofMaxSize(3).injectNull(0.01),
                        assessments().injectNull(0.01),
                        reporters().injectNull(0.8))
                .as(ReportSubmission::new)
                .withoutEdgeCases();
    }

    static Arbitrary<Item> items() {
        Arbitrary<Tuple.Tuple4<String, String, String, String>> where = Combinators.combine(field(urls()),
                field(enumNames(ContentType.values())), field(ipAddresses()), field(Arbitraries.of(Locale.getISOCountries())))
                .as(Tuple::of);
        Arbitrary<Tuple.Tuple4<String, String, String, String>> hostAndTimes = Combinators.combine(field(UnicodeText.deliverable(120)),
                field(asns()), seenTimes()).as((provider, asn, seen) -> Tuple.of(provider, asn, seen.get1(), seen.get2()));
        return Combinators.combine(where, hostAndTimes, hashes().list().ofMaxSize(3).injectNull(0.1))
                .as((w, h, hashes) -> new Item(w.get1(), w.get2(), w.get3(), w.get4(), h.get1(), h.get2(), h.get3(), h.get4(), hashes));
    }

    static Arbitrary<AssessmentFields> assessments() {
        return Combinators.combine(
                        field(enumNames(Classification.values())), field(enumNames(Depiction.values())),
                        field(enumNames(AgeGroup.values())), field(enumNames(Gender.values())),
                        field(enumNames(SiteType.values())), field(enumNames(Commerciality.values())),
                        Arbitraries.of(true, false).injectNull(0.3), Arbitraries.of(true, false).injectNull(0.3))
                .as(AssessmentFields::new);
    }

    static Arbitrary<ReporterFields> reporters() {
        Arbitrary<String> emails = Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20)).as((user, host) -> user + "@" + host + ".example");
        return Combinators.combine(field(UnicodeText.deliverable(100)), field(emails),
                field(Arbitraries.strings().withChars("+0123456789 ").ofMaxLength(20))).as(ReporterFields::new);
    }

    /** Mostly {@code shaped}; sometimes absent, anything at all, or shaped with a refused character slipped in. */
    static Arbitrary<String> field(Arbitrary<String> shaped) {
        Arbitrary<String> slippedIn = Combinators.combine(shaped, UnicodeText.forbiddenInSingleLine(), Arbitraries.integers())
                .as(UnicodeText::insert);
        return Arbitraries.frequencyOf(
                Tuple.of(100, shaped),
                Tuple.of(1, Arbitraries.just(null)),
                Tuple.of(1, UnicodeText.anything(40)),
                Tuple.of(1, slippedIn));
    }

    /** RFC 3339 with any offset; mostly this century, sometimes any time from year -1 to a year ahead. */
    static Arbitrary<String> timestamps() {
        return Combinators.combine(instants(), offsets()).as(ArbitrarySubmissions::rfc3339);
    }

    /** An item's first and last seen times, mostly in order. */
    static Arbitrary<Tuple.Tuple2<String, String>> seenTimes() {
        Arbitrary<Long> seenFor = Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.longs().between(0, 30L * 86400)),
                Tuple.of(1, Arbitraries.longs().between(-86400, 0)));
        return Combinators.combine(instants(), seenFor, offsets(), offsets())
                .as((first, seconds, firstOffset, lastOffset) -> Tuple.of(
                        rfc3339(first, firstOffset), rfc3339(first.plusSeconds(seconds), lastOffset)))
                .flatMap(seen -> Combinators.combine(field(Arbitraries.just(seen.get1())), field(Arbitraries.just(seen.get2())))
                        .as(Tuple::of));
    }

    private static Arbitrary<Instant> instants() {
        Arbitrary<Instant> recent = instantsBetween(Instant.parse("2000-01-01T00:00:00Z"), NOW.minusSeconds(31L * 86400));
        Arbitrary<Instant> ever = instantsBetween(Instant.parse("-0001-01-01T00:00:00Z"), NOW.plusSeconds(366L * 86400));
        Arbitrary<Instant> edges = Arbitraries.of("0000-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "1582-10-15T00:00:00Z",
                "1892-04-30T23:00:00Z", "1899-12-31T23:59:59Z", "1970-01-01T00:00:00Z", "1990-01-01T00:00:00Z",
                "2026-11-25T12:02:00Z").map(Instant::parse);
        Arbitrary<Integer> nanos = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(0)),
                Tuple.of(1, Arbitraries.integers().between(0, 999_999_999)));
        return Combinators.combine(Arbitraries.frequencyOf(Tuple.of(16, recent), Tuple.of(1, ever), Tuple.of(1, edges)), nanos)
                .as(Instant::plusNanos);
    }

    private static Arbitrary<ZoneOffset> offsets() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(-18 * 4, 18 * 4).map(quarters -> ZoneOffset.ofTotalSeconds(quarters * 900))),
                Tuple.of(1, Arbitraries.integers().between(-18 * 3600, 18 * 3600).map(ZoneOffset::ofTotalSeconds)));
    }

    private static String rfc3339(Instant instant, ZoneOffset offset) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(offset));
    }

    private static Arbitrary<Instant> instantsBetween(Instant from, Instant to) {
        return Arbitraries.longs().between(from.getEpochSecond(), to.getEpochSecond()).map(Instant::ofEpochSecond);
    }

    /** http(s) URLs whose host and path run over all of Unicode; java.net.URI decides which are valid. */
    static Arbitrary<String> urls() {
        Arbitrary<String> scheme = Arbitraries.frequencyOf(Tuple.of(30, Arbitraries.of("http", "https", "HTTPS")),
                Tuple.of(1, Arbitraries.of("ftp", "file")));
        Arbitrary<String> host = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-").ofMinLength(1).ofMaxLength(20)
                        .map(label -> label + ".example.be")),
                Tuple.of(1, Arbitraries.of("192.0.2.45", "[2001:db8::4a]", "例え.jp", "my_site.example:8080")));
        Arbitrary<String> path = Arbitraries.frequencyOf(
                Tuple.of(16, Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-._~/").ofMaxLength(60)),
                Tuple.of(1, Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-._~/?=&#%").ofMaxLength(60)),
                Tuple.of(3, UnicodeText.deliverable(40)));
        return Combinators.combine(scheme, host, path).as((s, h, p) -> s + "://" + h + "/" + p);
    }

    static Arbitrary<String> ipAddresses() {
        Arbitrary<String> v4 = Arbitraries.integers().between(0, 255).list().ofSize(4)
                .map(parts -> parts.stream().map(String::valueOf).collect(Collectors.joining(".")));
        Arbitrary<String> v6 = Arbitraries.integers().between(0, 0xFFFF).list().ofSize(8)
                .map(groups -> groups.stream().map(Integer::toHexString).collect(Collectors.joining(":")));
        Arbitrary<String> compressed = Arbitraries.of("2001:db8::4a", "::1", "::", "fe80::", "::ffff:192.0.2.1", "2001:DB8:0:0:8:800:200C:417A");
        return Arbitraries.oneOf(v4, v6, compressed);
    }

    static Arbitrary<String> asns() {
        return Combinators.combine(Arbitraries.of("AS", "as", "As"), Arbitraries.longs().between(0, 9_999_999_999L))
                .as((prefix, number) -> prefix + number);
    }

    /** An algorithm's name with a value of the shape it needs, hex in either case. */
    static Arbitrary<HashFields> hashes() {
        return Arbitraries.of(HashAlgorithm.values()).flatMap(algorithm -> {
            Arbitrary<String> value = switch (algorithm) {
                case MD5 -> hex(32);
                case SHA1 -> hex(40);
                case SHA256, PDQ -> hex(64);
                case PHOTODNA -> Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")
                        .ofMinLength(16).ofMaxLength(400);
            };
            return Combinators.combine(field(Arbitraries.just(algorithm.name())), field(value)).as(HashFields::new);
        });
    }

    private static Arbitrary<String> hex(int length) {
        return Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofLength(length);
    }

    private static Arbitrary<String> enumNames(Enum<?>[] values) {
        return Arbitraries.of(Arrays.stream(values).map(Enum::name).toList());
    }
}
