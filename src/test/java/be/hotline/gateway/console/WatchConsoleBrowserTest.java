package be.hotline.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.support.OffsetClock;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The console's follow-up watch card in a headless Chromium against the real gateway: a receiver that answers
 * nothing shows as silent and a report acknowledged without an outcome as stalled once the clock has passed the
 * settings (PT48H, P7D), and the silent partner leaves the card when it acknowledges; an item moved more often than
 * gateway.routing.max-moves (0 here: the first move) is listed for the analysts.
 */
class WatchConsoleBrowserTest extends ConsoleTestSupport {

    private final OffsetClock clock = new OffsetClock();

    @Override
    protected Clock clock() {
        return clock;
    }

    @Override
    protected Properties extraProperties() {
        Properties properties = super.extraProperties();
        properties.setProperty("gateway.routing.max-moves", "0");
        return properties;
    }

    @Test
    void aSilentPartnerAndAStalledReportAreShownUntilThePartnerSpeaks() throws Exception {
        signIn();
        browser.waitUntil(WAIT, d -> browser.visible("silent-empty") && browser.visible("stalled-empty"));
        assertThat(browser.find("watch-silent-after").getText()).isEqualTo("2 d");
        assertThat(browser.find("watch-stalled-after").getText()).isEqualTo("7 d");
        assertThat(browser.findAll("silent-row")).isEmpty();
        browser.screenshot("nothing-to-watch");

        nl.succeedsWithoutReceipt();
        String unanswered = internalReport("NL", uniqueCaseReference());
        awaitDelivery(unanswered, "nl-hotline", "DELIVERED", WAIT);
        de.succeeds();
        String acknowledged = internalReport("DE", uniqueCaseReference());
        awaitDelivery(acknowledged, "de-hotline", "ACKNOWLEDGED", WAIT);

        clock.advance(Duration.ofDays(7).plusMinutes(1));
        // Seven days on, the ops session (PT8H) has ended: the console's next refresh gets 401 and asks to sign in.
        browser.allowConsoleError("status of 401");
        browser.reset();
        signIn();
        WebElement silent = browser.waitUntil(WAIT, d -> d.findElement(browser.row("silent-row", "partner-id", "nl-hotline")));
        assertThat(browser.findIn(silent, "silent-partner").getText()).contains("nl-hotline");
        assertThat(browser.findIn(silent, "silent-kind").getText()).isEqualTo("HOTLINE");
        assertThat(browser.findIn(silent, "silent-waiting").getText()).isEqualTo("1");
        assertThat(browser.findIn(silent, "silent-last-heard").getText()).isEqualTo("never");
        assertThat(browser.findIn(silent, "silent-since").getText()).endsWith("UTC");
        assertThat(browser.visible("silent-empty")).isFalse();

        WebElement stalled = browser.waitUntil(WAIT, d -> d.findElement(browser.row("stalled-row", "reference", acknowledged)));
        assertThat(browser.findIn(stalled, "stalled-reference").getText()).isEqualTo(acknowledged);
        assertThat(browser.findIn(stalled, "stalled-partner").getText()).isEqualTo("de-hotline");
        assertThat(browser.findIn(stalled, "stalled-furthest").getText()).isEqualTo("acknowledgement only");
        assertThat(Integer.parseInt(browser.find("stalled-total").getText())).isGreaterThanOrEqualTo(1);
        assertThat(browser.visible("stalled-empty")).isFalse();
        assertThat(browser.findAll("stalled-row")).as("an unacknowledged report is not stalled: it waits for its ack")
                .noneMatch(row -> unanswered.equals(row.getDomAttribute("data-reference")));
        assertThat(browser.find("watch-card").getText()).doesNotContain("Example Reporter", "reporter@example.org");
        browser.screenshot("silent-and-stalled");

        HttpResponse<String> ack = demoPartner("nl-hotline").post("/api/v1/reports/" + unanswered + "/feedback", "application/json",
                ("{\"feedbackId\":\"NL-FB-" + UUID.randomUUID() + "\",\"type\":\"ACKNOWLEDGED\",\"occurredAt\":\""
                        + clock.instant().minusSeconds(5) + "\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(ack.statusCode()).as(ack.body()).isEqualTo(202);
        browser.waitUntil(WAIT, d -> browser.findAll("silent-row").stream()
                .noneMatch(row -> "nl-hotline".equals(row.getDomAttribute("data-partner-id"))));
        // nl-hotline's acknowledgement came now: its report is not stalled (acknowledged less than 7 days ago).
        assertThat(browser.findAll("stalled-row")).noneMatch(row -> unanswered.equals(row.getDomAttribute("data-reference")));
        browser.screenshot("partner-spoke");
    }

    @Test
    void anItemMovedTooOftenIsListedForTheAnalysts() throws Exception {
        de.succeeds();
        String reference = internalReport("DE", uniqueCaseReference());
        awaitDelivery(reference, "de-hotline", "ACKNOWLEDGED", WAIT);
        HttpResponse<String> moved = demoPartner("de-hotline").post("/api/v1/reports/" + reference + "/feedback", "application/json",
                ("{\"feedbackId\":\"DE-FB-" + UUID.randomUUID() + "\",\"type\":\"MOVED\",\"occurredAt\":\""
                        + clock.instant().minusSeconds(5) + "\",\"newHostingCountry\":\"NL\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(202);

        signIn();
        WebElement row = browser.waitUntil(WAIT, d -> d.findElement(browser.row("moved-row", "reference", reference)));
        assertThat(browser.findIn(row, "moved-reference").getText()).isEqualTo(reference);
        assertThat(browser.findIn(row, "moved-item").getText()).isEqualTo("0");
        assertThat(browser.findIn(row, "moved-moves").getText()).isEqualTo("1");
        assertThat(browser.findIn(row, "moved-by").getText()).isEqualTo("de-hotline");
        assertThat(browser.findIn(row, "moved-from").getText()).isEqualTo("DE");
        assertThat(browser.findIn(row, "moved-country").getText()).isEqualTo("NL");
        assertThat(browser.findIn(row, "moved-at").getText()).endsWith("UTC");
        assertThat(Integer.parseInt(browser.find("moved-total").getText())).isGreaterThanOrEqualTo(1);
        assertThat(browser.visible("moved-empty")).isFalse();
        assertThat(nl.received()).as("not sent to the NL hotline").noneMatch(message ->
                message.header("X-Hotline-Reference").map(reference::equals).orElse(false));
        browser.screenshot("moved-too-often");
    }
}
