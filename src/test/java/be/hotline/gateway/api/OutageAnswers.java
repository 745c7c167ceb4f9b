package be.hotline.gateway.api;

import be.hotline.gateway.support.PartnerClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;

/**
 * Every kind of partner request while the database is out of reach: intake in both formats, feedback, the
 * sender's read, the case view, both statistics, a receiver's list of its messages and its redelivery request.
 * Each must answer 503 with Retry-After, never 500, whatever the database and its connection mode.
 */
final class OutageAnswers {

    /** Unknown to the database: when it is back, feedback on it is 404 and its read 404, never a 5xx. */
    static final String UNKNOWN = "HX-0000000000000000NONE";
    /** No message of anyone's: when the database is back, asking for it again is 404. */
    static final String UNKNOWN_MESSAGE = "00000000-0000-4000-8000-000000000000";

    private OutageAnswers() {
    }

    static void assertEveryRequestIsUnavailable(Function<String, PartnerClient> partner) throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (Call call : calls(partner)) {
            HttpResponse<String> answer = call.send();
            softly.assertThat(answer.statusCode()).as(call.name() + ": " + answer.body()).isEqualTo(503);
            softly.assertThat(answer.headers().firstValue("Retry-After")).as(call.name()).contains(ProblemMapper.RETRY_AFTER_SECONDS);
            softly.assertThat(answer.body()).as(call.name()).contains("urn:hotline-gateway:problem:unavailable");
        }
        softly.assertAll();
    }

    /** Once the database is back, the same calls get their ordinary answers, no restart needed. */
    static void assertNoRequestIsUnavailable(Function<String, PartnerClient> partner) throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (Call call : calls(partner)) {
            HttpResponse<String> answer = call.send();
            softly.assertThat(answer.statusCode()).as(call.name() + ": " + answer.body()).isBetween(200, 499);
        }
        softly.assertAll();
    }

    @FunctionalInterface
    private interface Send {
        HttpResponse<String> send() throws Exception;
    }

    private record Call(String name, Send request) {
        HttpResponse<String> send() throws Exception {
            return request.send();
        }
    }

    private static java.util.List<Call> calls(Function<String, PartnerClient> partner) throws Exception {
        // References of their own: the examples as they are stay new to the other tests of the class.
        byte[] jsonReport = Files.readString(Path.of("docs/api/examples/report-nl-hotline.json"))
                .replaceFirst("\"partnerReference\": *\"[^\"]*\"", "\"partnerReference\": \"NL-OUTAGE-" + UUID.randomUUID() + "\"").getBytes(StandardCharsets.UTF_8);
        byte[] xmlReport = Files.readString(Path.of("docs/api/examples/report-de-hotline.xml"))
                .replaceFirst("<partnerReference>[^<]*</partnerReference>", "<partnerReference>DE-OUTAGE-" + UUID.randomUUID() + "</partnerReference>").getBytes(StandardCharsets.UTF_8);
        byte[] feedback = Files.readAllBytes(Path.of("docs/api/examples/feedback-de-acknowledged.json"));
        return java.util.List.of(
                new Call("intake JSON", () -> partner.apply("nl-hotline").post(GatewayPaths.REPORTS, "application/json", jsonReport)),
                new Call("intake XML", () -> partner.apply("de-hotline").post(GatewayPaths.REPORTS, "application/xml", xmlReport)),
                new Call("feedback", () -> partner.apply("de-hotline").post(GatewayPaths.REPORTS + "/" + UNKNOWN + "/feedback",
                        "application/json", feedback)),
                new Call("report read", () -> partner.apply("nl-hotline").get(GatewayPaths.REPORTS + "/" + UNKNOWN)),
                new Call("case view", () -> partner.apply("case-management").get(GatewayPaths.REPORTS)),
                new Call("statistics", () -> partner.apply("case-management").get(GatewayPaths.TAKEDOWN_STATS
                        + "?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z")),
                new Call("yearly statistics", () -> partner.apply("case-management").get(GatewayPaths.YEARLY_STATS + "?year=2026")),
                // A receiver's own messages: INTERNAL receives none, so a hotline asks.
                new Call("deliveries list", () -> partner.apply("nl-hotline").get(GatewayPaths.DELIVERIES)),
                new Call("redeliver", () -> partner.apply("de-hotline").postNothing(GatewayPaths.DELIVERIES + "/" + UNKNOWN_MESSAGE
                        + "/redeliver")));
    }
}
