package be.hotline.gateway.stats;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.api.GatewayPaths;
import be.hotline.gateway.dispatch.DeliveryTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /api/v1/stats/yearly against the running gateway over mutual TLS: reports posted by our case management and
 * the NL hotline, delivered to the police (content hosted here and orphans) and to the DE hotline (a member
 * hotline abroad), feedback posted by them, then every figure of the year asserted exactly, for the year and its
 * months in Brussels time. Each test moves its reports into a year of its own. Runs on H2 and on PostgreSQL.
 */
abstract class YearlyFiguresContract extends DeliveryTestSupport {

    static final String YEARLY = GatewayPaths.YEARLY_STATS;
    static final long HOUR = Duration.ofHours(1).toSeconds();
    static final long DAY = Duration.ofDays(1).toSeconds();
    FiguresFixture fixture;

    @Override
    protected Properties extraProperties() {
        Properties properties = super.extraProperties();
        Path registry = folder.resolve("partners-figures.yaml");
        write(registry, policeCaseManagementNlDeRegistry());
        properties.setProperty("gateway.partners.file", registry.toString());
        // Duplicates are a figure: matching on (every report here has URLs of its own and no hashes, unless a test
        // means it to be a duplicate).
        properties.setProperty("gateway.dedupe.window", "P30D");
        return properties;
    }

    @BeforeEach
    void receiversAnswer() {
        police.succeeds();
        nl.succeeds();
        de.succeeds();
        fixture = new FiguresFixture(this, this::demoPartner, database());
    }

    @Test
    void countsEveryFigureOfTheYearAndItsMonthsExactly() throws Exception {
        Instant seen = fixture.firstSeen;
        // January: removed within a day; and one received at 23:30 UTC on 31 December 2024, 00:30 in Brussels: 2025.
        String removedInADay = fixture.internal("BASELINE", "VIRTUAL", "DE");
        String newYearsNight = fixture.internal("BASELINE", "REAL_CHILD", "DE");
        // March: hosted here and an orphan (JP has no member hotline: our police's Interpol contact), both to the police.
        String policeCase = fixture.internal("NATIONAL", "REAL_CHILD", "BE", "JP");
        String notIllegal = fixture.internal("NOT_ILLEGAL", "APPEARS_TO_BE_CHILD", "DE");
        // 30 June, 22:30 UTC is 1 July, 00:30 in Brussels (summer time): July.
        String interpol = fixture.internal("BASELINE", "VIRTUAL", "JP");
        String unavailable = fixture.internal("BASELINE", "REAL_CHILD", "DE", "DE");
        String removedLate = fixture.internal("BASELINE", null, "DE");
        String notIllegalThere = fixture.internal("BASELINE", "REAL_CHILD", "DE");
        // November: the same URL as January's report: a duplicate (not sent to the DE hotline again).
        String duplicate = fixture.duplicateOf(fixture.firstUrl(removedInADay), "BASELINE", "REAL_CHILD", "DE");
        // December, 23:59:59 in Brussels: the NL hotline's report about content hosted here.
        String fromNl = fixture.fromNlHotline();
        // Outside 2025: 23:59:59 on 31 December 2024 and 00:30 on 1 January 2026, Brussels time.
        String lastOf2024 = fixture.internal("BASELINE", "REAL_CHILD", "DE");
        String firstOf2026 = fixture.internal("BASELINE", "REAL_CHILD", "DE");

        for (String reference : List.of(removedInADay, unavailable, removedLate, notIllegalThere)) {
            fixture.awaitDelivered(reference, "de-hotline");
        }
        for (String reference : List.of(policeCase, interpol, fromNl)) {
            fixture.awaitDelivered(reference, "police-fccu");
        }
        fixture.hotline("de-hotline", removedInADay, "CONTENT_REMOVED", 5, seen.plusSeconds(20 * HOUR), null);
        fixture.police(policeCase, "PV_OPENED", 9, null);
        fixture.police(policeCase, "SENT_TO_PUBLIC_PROSECUTOR", 8, null);
        fixture.police(policeCase, "TAKEDOWN_ORDER_ISSUED", 7, null);
        fixture.police(policeCase, "CONTENT_OFFLINE", 6, seen.plusSeconds(3 * DAY));   // exactly 3 days: within 3
        fixture.police(interpol, "SENT_VIA_INTERPOL", 6, null);
        fixture.police(interpol, "CONTENT_OFFLINE", 5, seen.plusSeconds(5 * DAY));
        fixture.police(fromNl, "NO_FURTHER_ACTION", 5, null);
        fixture.hotline("de-hotline", unavailable, "CONTENT_NOT_FOUND", 5, null, "SITE_DOWN_OR_404");
        fixture.hotline("de-hotline", removedLate, "CONTENT_REMOVED", 5, seen.plusSeconds(7 * DAY + 1), null);
        fixture.hotline("de-hotline", notIllegalThere, "NOT_ILLEGAL_IN_HOSTING_COUNTRY", 5, null, "ADULT");
        fixture.moved(removedLate, 0, "nl-hotline");

        fixture.receivedAt(removedInADay, Instant.parse("2025-01-15T10:00:00Z"));
        fixture.receivedAt(newYearsNight, Instant.parse("2024-12-31T23:30:00Z"));
        fixture.receivedAt(policeCase, Instant.parse("2025-03-10T12:00:00Z"));
        fixture.receivedAt(notIllegal, Instant.parse("2025-03-20T12:00:00Z"));
        fixture.receivedAt(interpol, Instant.parse("2025-06-30T22:30:00Z"));
        fixture.receivedAt(unavailable, Instant.parse("2025-07-15T12:00:00Z"));
        fixture.receivedAt(removedLate, Instant.parse("2025-09-01T12:00:00Z"));
        fixture.receivedAt(notIllegalThere, Instant.parse("2025-10-01T12:00:00Z"));
        fixture.receivedAt(duplicate, Instant.parse("2025-11-05T12:00:00Z"));
        fixture.receivedAt(fromNl, Instant.parse("2025-12-31T22:59:59Z"));
        fixture.receivedAt(lastOf2024, Instant.parse("2024-12-31T22:59:59Z"));
        fixture.receivedAt(firstOf2026, Instant.parse("2025-12-31T23:30:00Z"));

        JsonNode figures = yearly(2025);
        assertThat(figures.get("year").asInt()).isEqualTo(2025);
        assertThat(figures.get("timeZone").asText()).isEqualTo("Europe/Brussels");
        assertThat(figures.get("from").asText()).isEqualTo("2024-12-31T23:00:00Z");
        assertThat(figures.get("to").asText()).isEqualTo("2025-12-31T23:00:00Z");
        JsonNode total = figures.get("figures");
        assertCounts(total.get("reports"), "received", 10);
        assertCounts(total.get("reportsBySenderKind"), "HOTLINE", 1, "INTERNAL", 9, "POLICE", 0);
        assertCounts(total.get("reportsByPartner"), "case-management", 9, "nl-hotline", 1);
        assertCounts(total.get("contentUrls"), "duplicates", 1, "received", 13, "unique", 12);
        assertCounts(total.get("contentUrlsBySenderKind"), "HOTLINE", 2, "INTERNAL", 11, "POLICE", 0);
        assertCounts(total.get("contentUrlsByPartner"), "case-management", 11, "nl-hotline", 2);
        assertCounts(total.get("qualified"), "BASELINE", 8, "NATIONAL", 1, "NOT_ILLEGAL", 1);
        assertCounts(total.get("hosting"), "home", 3, "memberHotline", 8, "orphan", 2);
        assertCounts(total.get("contentUrlsByHostingCountry"), "BE", 3, "DE", 8, "JP", 2);
        assertCounts(total.get("contentUrlsByAssignedCountry"), "BE", 5, "DE", 8);
        assertCounts(total.get("outcomes"), "caseOpened", 1, "forwardedToInterpol", 1, "moved", 1, "noFurtherAction", 1,
                "notIllegalInHostingCountry", 1, "referredToProsecutor", 1, "removed", 4, "removedWithin1Day", 1,
                "removedWithin3Days", 2, "removedWithin7Days", 3, "takedownOrdered", 1, "unavailable", 1);
        assertCounts(total.get("depiction"), "APPEARS_TO_BE_CHILD", 1, "NOT_DETERMINED", 1, "REAL_CHILD", 6, "VIRTUAL", 2);

        assertThat(figures.get("months")).hasSize(12);
        assertThat(figures.get("months").get(0).asText()).isEqualTo("2025-01");
        assertThat(figures.get("months").get(11).asText()).isEqualTo("2025-12");
        assertThat(monthly(total, "reports", "received")).containsExactly(2L, 0L, 2L, 0L, 0L, 0L, 2L, 0L, 1L, 1L, 1L, 1L);
        assertThat(monthly(total, "contentUrls", "received")).containsExactly(2L, 0L, 3L, 0L, 0L, 0L, 3L, 0L, 1L, 1L, 1L, 2L);
        assertThat(monthly(total, "contentUrls", "unique")).containsExactly(2L, 0L, 3L, 0L, 0L, 0L, 3L, 0L, 1L, 1L, 1L, 2L);
        assertThat(monthly(total, "contentUrls", "duplicates")).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L);
        assertThat(monthly(total, "hosting", "orphan")).containsExactly(0L, 0L, 1L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L);
        assertThat(monthly(total, "outcomes", "removed")).containsExactly(1L, 0L, 1L, 0L, 0L, 0L, 1L, 0L, 1L, 0L, 0L, 0L);
        assertThat(monthly(total, "outcomes", "moved")).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L);
        assertThat(monthly(total, "reportsBySenderKind", "HOTLINE")).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L);
        assertThat(monthly(total, "qualified", "NOT_ILLEGAL")).containsExactly(0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(monthly(total, "contentUrlsByHostingCountry", "JP")).containsExactly(0L, 0L, 1L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L);
        assertThat(monthly(total, "reportsByPartner", "nl-hotline")).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L);
        // Every figure's months add up to its year, but distinct URLs: a URL seen in two months is one for the year.
        total.fields().forEachRemaining(section -> section.getValue().fields().forEachRemaining(key -> {
            long sum = 0;
            for (JsonNode month : key.getValue().get("byMonth")) {
                sum += month.asLong();
            }
            if (!(section.getKey().equals("contentUrls") && key.getKey().equals("unique"))) {
                assertThat(sum).as(section.getKey() + "." + key.getKey()).isEqualTo(key.getValue().get("total").asLong());
            }
        }));

        // The neighbouring years see only their own side of midnight in Brussels.
        JsonNode before = yearly(2024).get("figures");
        assertCounts(before.get("reports"), "received", 1);
        assertThat(monthly(before, "reports", "received")).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L);
        JsonNode after = yearly(2026).get("figures");
        assertThat(monthly(after, "reports", "received").get(0)).isEqualTo(1);
    }

    @Test
    void theCsvHoldsTheSameFiguresOneRowEach() throws Exception {
        String first = fixture.internal("BASELINE", "VIRTUAL", "DE", "JP");
        String second = fixture.fromNlHotline();
        fixture.receivedAt(first, Instant.parse("2021-02-01T00:00:00Z"));
        fixture.receivedAt(second, Instant.parse("2021-08-31T22:00:00Z"));   // 1 September in Brussels

        HttpResponse<String> csv = get(YEARLY + "?year=2021", "text/csv");
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).contains("text/csv; charset=utf-8");
        String[] lines = csv.body().split("\r\n", -1);
        assertThat(lines[0]).isEqualTo("section,key,period,value");
        assertThat(lines[lines.length - 1]).as("the body ends with CRLF").isEmpty();
        Map<String, Long> fromCsv = new LinkedHashMap<>();
        for (int i = 1; i < lines.length - 1; i++) {
            String[] fields = lines[i].split(",");
            assertThat(fields).as(lines[i]).hasSize(4);
            assertThat(fromCsv.put(fields[0] + "," + fields[1] + "," + fields[2], Long.parseLong(fields[3])))
                    .as("one row per figure: " + lines[i]).isNull();
        }

        Map<String, Long> fromJson = new LinkedHashMap<>();
        JsonNode json = yearly(2021);
        json.get("figures").fields().forEachRemaining(section -> section.getValue().fields().forEachRemaining(key ->
                fromJson.put(section.getKey() + "," + key.getKey() + ",2021", key.getValue().get("total").asLong())));
        for (int month = 0; month < 12; month++) {
            String period = json.get("months").get(month).asText();
            int index = month;
            json.get("figures").fields().forEachRemaining(section -> section.getValue().fields().forEachRemaining(key ->
                    fromJson.put(section.getKey() + "," + key.getKey() + "," + period, key.getValue().get("byMonth").get(index).asLong())));
        }
        assertThat(fromCsv).isEqualTo(fromJson);
        assertThat(fromCsv).containsEntry("reports,received,2021", 2L).containsEntry("reports,received,2021-02", 1L)
                .containsEntry("reports,received,2021-09", 1L).containsEntry("hosting,orphan,2021", 1L)
                .containsEntry("reportsByPartner,nl-hotline,2021-09", 1L);

        // JSON unless CSV is asked for (and preferred).
        assertThat(get(YEARLY + "?year=2021", "application/json, text/csv;q=0.5").headers().firstValue("Content-Type"))
                .contains("application/json");
        assertThat(get(YEARLY + "?year=2021", "text/html").headers().firstValue("Content-Type")).contains("application/json");
        assertThat(get(YEARLY + "?year=2021", "text/csv;q=1, */*;q=0.1").headers().firstValue("Content-Type"))
                .contains("text/csv; charset=utf-8");
    }

    @Test
    void theOpsApiServesTheSameFiguresToASignedInOperator() throws Exception {
        String report = fixture.internal("BASELINE", "REAL_CHILD", "BE", "DE");
        fixture.receivedAt(report, Instant.parse("2022-05-05T12:00:00Z"));
        HttpClient http = HttpClient.newHttpClient();
        String basic = "Basic " + Base64.getEncoder().encodeToString("ops:demo-ops-password".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> ops = http.send(opsGet("/ops/api/stats/yearly?year=2022").header("Authorization", basic).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ops.statusCode()).as(ops.body()).isEqualTo(200);
        assertThat(json.readTree(ops.body())).isEqualTo(yearly(2022));
        assertThat(json.readTree(ops.body()).at("/figures/hosting/home/total").asLong()).isEqualTo(1);

        HttpResponse<String> csv = http.send(opsGet("/ops/api/stats/yearly?year=2022&format=csv").header("Authorization", basic)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).contains("text/csv; charset=utf-8");
        assertThat(csv.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"hotline-figures-2022.csv\"");
        assertThat(csv.body()).isEqualTo(get(YEARLY + "?year=2022", "text/csv").body()).contains("hosting,home,2022-05,1\r\n");

        assertThat(http.send(opsGet("/ops/api/stats/yearly?year=2022").build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(401);
        assertThat(http.send(opsGet("/ops/api/stats/yearly?year=2022&format=xlsx").header("Authorization", basic).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
        HttpResponse<String> badYear = http.send(opsGet("/ops/api/stats/yearly?year=1999").header("Authorization", basic).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(badYear.statusCode()).isEqualTo(400);
        assertThat(badYear.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json.readTree(badYear.body()).get("detail").asText()).contains("2000");
    }

    private HttpRequest.Builder opsGet(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + opsPort + path)).GET();
    }

    @Test
    void onlyOurCaseManagementMayReadTheFigures() throws Exception {
        for (String partner : List.of("nl-hotline", "de-hotline", "police-fccu")) {
            HttpResponse<String> response = demoPartner(partner).get(YEARLY + "?year=2025");
            assertThat(response.statusCode()).as(partner).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(json.readTree(response.body()).get("type").asText()).isEqualTo("urn:hotline-gateway:problem:internal-only");
        }
    }

    @Test
    void aBadYearIsNamedInA400() throws Exception {
        int thisYear = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).getYear();
        for (String query : List.of("", "?year=", "?year=twenty", "?year=1999", "?year=" + (thisYear + 1), "?year=2025&month=1")) {
            HttpResponse<String> response = get(YEARLY + query, "text/csv");
            assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(query).contains("application/problem+json");
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.get("type").asText()).isEqualTo("urn:hotline-gateway:problem:invalid-query");
            assertThat(problem.get("errors").findValuesAsText("parameter")).as(query)
                    .containsExactly(query.contains("month") ? "month" : "year");
        }
        // The earliest year and this one are allowed; an empty year counts zeros.
        JsonNode empty = yearly(2000).get("figures");
        assertCounts(empty.get("reports"), "received", 0);
        assertCounts(empty.get("reportsByPartner"));
        assertThat(get(YEARLY + "?year=" + thisYear, "application/json").statusCode()).isEqualTo(200);
    }

    JsonNode yearly(int year) throws Exception {
        HttpResponse<String> response = get(YEARLY + "?year=" + year, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(response.headers().firstValue("Vary")).contains("Accept");
        return json.readTree(response.body());
    }

    HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://localhost:" + partnerPort + path)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return demoPartner("case-management").send(request);
    }

    /** The section has exactly these keys (name, count for the year, name, count, ...). */
    static void assertCounts(JsonNode section, Object... expected) {
        Map<String, Long> wanted = new LinkedHashMap<>();
        for (int i = 0; i < expected.length; i += 2) {
            wanted.put((String) expected[i], ((Number) expected[i + 1]).longValue());
        }
        Map<String, Long> actual = new LinkedHashMap<>();
        section.fields().forEachRemaining(field -> actual.put(field.getKey(), field.getValue().get("total").asLong()));
        assertThat(actual).isEqualTo(wanted);
    }

    /** A figure's count in each month; zeros when the key has none that year. */
    static List<Long> monthly(JsonNode figures, String section, String key) {
        List<Long> counts = new ArrayList<>();
        JsonNode byMonth = figures.get(section).path(key).path("byMonth");
        for (int month = 0; month < 12; month++) {
            counts.add(byMonth.path(month).asLong());
        }
        return counts;
    }
}
