package be.hotline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * GET /api/v1/reports, the internal case view, against the running gateway over mutual TLS.
 * Tests share the class's database, so each narrows the list to what it posted (receivedFrom its own start,
 * or a hosting country only it uses). Runs on H2 and on PostgreSQL.
 */
abstract class CaseViewContract extends InternalReadsContract {

    @Test
    void eachFilterNarrowsTheList() throws Exception {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String a = postInternal("AT");
        String b = postInternal("DE", "AT", "DE");
        String c = postNlHotlineReport();
        // VALIDATED is a report from before routing, without deliveries. c's are removed first: a delivery attempt
        // recomputes the report's status and would undo the hand-set one (with two demo police services, the second
        // one's first attempt can come late, behind its open circuit breaker).
        removeDeliveries(c);
        update("update delivery set ack_overdue = true where reference = ?", b);
        update("update report set status = 'VALIDATED' where reference = ?", c);
        String since = REPORTS + "?receivedFrom=" + encoded(start);

        assertThat(list(since)).containsExactly(c, b, a);
        assertThat(list(since + "&partner=nl-hotline")).containsExactly(c);
        assertThat(list(since + "&partner=case-management")).containsExactly(b, a);
        assertThat(list(since + "&status=VALIDATED")).containsExactly(c);
        assertThat(list(since + "&status=ROUTED")).containsExactly(b, a);
        assertThat(list(since + "&hostingCountry=AT")).containsExactly(b, a);
        assertThat(list(since + "&hostingCountry=DE")).containsExactly(b);
        assertThat(list(since + "&ackOverdue=true")).containsExactly(b);
        assertThat(list(since + "&ackOverdue=false")).containsExactly(c, a);
        Instant bReceived = Instant.parse(item(since, b).get("receivedAt").asText());
        assertThat(list(since + "&receivedTo=" + encoded(bReceived))).as("to is exclusive").containsExactly(a);
        assertThat(list(REPORTS + "?receivedFrom=" + encoded(bReceived))).as("from is inclusive").containsExactly(c, b);
        assertThat(list(since + "&partner=case-management&hostingCountry=DE&ackOverdue=true")).containsExactly(b);
    }

    @Test
    void anItemShowsTheReportsStateButNeverItsReporter() throws Exception {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String removed = postInternal("FR", "DE", "FR");
        String open = postInternal("FR");
        Instant removedAt = Instant.parse("2026-11-22T08:00:00Z");
        removed(removed, removedAt, 3_600);
        String since = REPORTS + "?receivedFrom=" + encoded(start);

        JsonNode item = item(since, removed);
        assertThat(fieldNames(item)).containsExactlyInAnyOrder("reference", "partner", "partnerReference", "status", "receivedAt",
                "hostingCountries", "ackOverdue", "removedAt", "takedownSeconds", "contentItems");
        assertThat(item.get("contentItems").findValuesAsText("hostingCountry")).containsExactly("FR", "DE", "FR");
        assertThat(item.get("contentItems").findValuesAsText("index")).containsExactly("0", "1", "2");
        assertThat(item.get("partner").asText()).isEqualTo("case-management");
        assertThat(item.get("partnerReference").asText()).startsWith("CM-");
        assertThat(item.get("status").asText()).isEqualTo("ROUTED");
        assertThat(json.convertValue(item.get("hostingCountries"), List.class)).containsExactly("DE", "FR");
        assertThat(item.get("ackOverdue").asBoolean()).isFalse();
        assertThat(Instant.parse(item.get("removedAt").asText())).isEqualTo(removedAt);
        assertThat(item.get("takedownSeconds").asLong()).isEqualTo(3_600);
        assertThat(item(since, open).has("removedAt")).isFalse();
        assertThat(item(since, open).has("takedownSeconds")).isFalse();
        String body = internal().get(since).body();
        assertThat(body).doesNotContain("reporter", "Example Reporter", "reporter@example.org", "+32 2 555 01 23");
    }

    @Test
    void pagesReturnEveryReportExactlyOnceInOrderWhileNewOnesArrive() throws Exception {
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            posted.add(postInternal("PT"));
        }
        // Three of them received at the very same instant: the reference decides their order.
        Instant tie = Instant.parse("2026-11-24T12:00:00.123456Z");
        for (String reference : posted.subList(2, 5)) {
            receivedAt(reference, tie);
        }
        List<String> expected = list(REPORTS + "?hostingCountry=PT&limit=200");
        assertThat(expected).containsExactlyInAnyOrderElementsOf(posted);

        List<String> seen = new ArrayList<>();
        String path = REPORTS + "?hostingCountry=PT&limit=3";
        int pages = 0;
        while (path != null) {
            HttpResponse<String> response = internal().get(path);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode page = json.readTree(response.body());
            seen.addAll(references(page));
            pages++;
            if (pages == 1) {
                postInternal("PT"); // newer than every row already paged: must not shift the pages
            }
            if (page.has("next")) {
                String link = response.headers().firstValue("Link").orElseThrow();
                assertThat(link).matches("<" + REPORTS.replace("/", "\\/") + "\\?[^>]*cursor=[A-Za-z0-9_-]+>; rel=\"next\"");
                assertThat(link).contains("hostingCountry=PT", "limit=3", "cursor=" + page.get("next").asText());
                path = link.substring(1, link.indexOf('>'));
            } else {
                assertThat(response.headers().firstValue("Link")).isEmpty();
                path = null;
            }
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void theDefaultPageIs50() throws Exception {
        for (int i = 0; i < 51; i++) {
            postInternal("IE");
        }
        JsonNode page = getJson(internal(), REPORTS + "?hostingCountry=IE", 200);
        assertThat(page.get("items")).hasSize(50);
        assertThat(getJson(internal(), REPORTS + "?hostingCountry=IE&cursor=" + page.get("next").asText(), 200).get("items"))
                .hasSize(1);
    }

    @Test
    void otherPartnersAreRefusedWith403() throws Exception {
        for (String partner : List.of("nl-hotline", "de-hotline", "police-fccu")) {
            assertThat(assertInternalOnly(partner, REPORTS).get("detail").asText()).contains(partner);
        }
    }

    @Test
    void everyBadParameterIsNamedInA400() throws Exception {
        assertInvalidQuery(REPORTS + "?status=SHIPPED", "status");
        assertInvalidQuery(REPORTS + "?hostingCountry=XX", "hostingCountry");
        assertInvalidQuery(REPORTS + "?hostingCountry=de", "hostingCountry");
        assertInvalidQuery(REPORTS + "?receivedFrom=yesterday", "receivedFrom");
        assertInvalidQuery(REPORTS + "?receivedTo=2026-11-20T10:00:00", "receivedTo");
        assertInvalidQuery(REPORTS + "?receivedFrom=2026-11-20T10:00:00Z&receivedTo=2026-11-20T10:00:00Z", "receivedTo");
        assertInvalidQuery(REPORTS + "?ackOverdue=yes", "ackOverdue");
        assertInvalidQuery(REPORTS + "?limit=0", "limit");
        assertInvalidQuery(REPORTS + "?limit=201", "limit");
        assertInvalidQuery(REPORTS + "?limit=ten", "limit");
        assertInvalidQuery(REPORTS + "?cursor=not-a-cursor", "cursor");
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("2026-11-20T10:00:00Z; drop table report".getBytes(StandardCharsets.UTF_8));
        assertInvalidQuery(REPORTS + "?cursor=" + forged, "cursor");
        assertInvalidQuery(REPORTS + "?partner=", "partner");
        assertInvalidQuery(REPORTS + "?sort=oldest", "sort");
        assertInvalidQuery(REPORTS + "?limit=1&limit=2", "limit");
        assertInvalidQuery(REPORTS + "?status=SHIPPED&limit=0&hostingCountry=EU&reporter=x",
                "status", "limit", "hostingCountry", "reporter");
    }

    @Test
    void getAndPostShareThePathAndOtherMethodsAre405() throws Exception {
        HttpResponse<String> response = internal().send(HttpRequest.newBuilder(
                URI.create("https://localhost:" + partnerPort + REPORTS)).DELETE());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("GET, POST");
    }

    @Test
    void aTrailingSlashIsNotTheCaseView() throws Exception {
        HttpResponse<String> response = internal().get(REPORTS + "/");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json.readTree(response.body()).get("type").asText()).isEqualTo("urn:hotline-gateway:problem:not-found");
        assertThat(internal().get(GatewayPaths.TAKEDOWN_STATS + "/?from=2025-01-01T00:00:00Z&to=2025-02-01T00:00:00Z")
                .statusCode()).isEqualTo(404);
    }

    private List<String> list(String path) throws Exception {
        return references(getJson(internal(), path, 200));
    }

    private JsonNode item(String path, String reference) throws Exception {
        for (JsonNode item : getJson(internal(), path + "&limit=200", 200).get("items")) {
            if (item.get("reference").asText().equals(reference)) {
                return item;
            }
        }
        throw new AssertionError(reference + " not listed by " + path);
    }

    /**
     * One transaction that locks the report's deliveries before it deletes them: a delivery worker writing an attempt
     * at the same moment waits for it and then fails, instead of adding an attempt between the two deletes.
     */
    private void removeDeliveries(String reference) throws Exception {
        try (java.sql.Connection connection = database().connect()) {
            connection.setAutoCommit(false);
            for (String sql : List.of("select id from delivery where reference = ? for update",
                    "delete from delivery_attempt where delivery_id in (select id from delivery where reference = ?)",
                    "delete from delivery where reference = ?")) {
                try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setString(1, reference);
                    statement.execute();
                }
            }
            connection.commit();
        }
    }

    private String postNlHotlineReport() throws Exception {
        String example = Files.readString(IntakeApiContract.JSON_EXAMPLE)
                .replace("\"NL-2026-004711\"", "\"NL-2026-004711-" + UUID.randomUUID() + "\"");
        HttpResponse<String> response = demoPartner("nl-hotline").post(REPORTS, "application/json",
                example.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return json.readTree(response.body()).get("reference").asText();
    }
}
