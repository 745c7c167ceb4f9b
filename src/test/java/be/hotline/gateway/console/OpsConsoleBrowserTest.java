package be.hotline.gateway.console;

import static be.hotline.gateway.console.ConsoleStaticPageTest.isGreenish;
import static be.hotline.gateway.console.ConsoleStaticPageTest.isReddish;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The ops console in a headless Chromium against the real gateway and partner simulators over mutual TLS.
 * Each test uses its own partner, so the order of the tests does not matter.
 */
class OpsConsoleBrowserTest extends ConsoleTestSupport {

    static final List<String> REPORTER_DATA = List.of("Example Reporter", "reporter@example.org", "555 01 23");

    @Test
    void signingInWithAWrongPasswordShowsAnErrorAndTheRightOneOpensTheDashboard() {
        browser.open(consoleUrl());
        browser.screenshot("login-form");
        assertThat(browser.visible("dashboard")).isFalse();
        browser.allowConsoleError("status of 401");

        browser.type("login-username", OPS_USER);
        browser.type("login-password", "not-the-password");
        browser.click("login-submit");
        browser.waitUntil(WAIT, d -> browser.visible("login-error"));
        assertThat(browser.find("login-error").getText()).contains("Wrong user name or password");
        assertThat(browser.visible("dashboard")).isFalse();
        browser.screenshot("wrong-password");

        browser.type("login-password", OPS_PASSWORD);
        browser.click("login-submit");
        browser.waitUntil(WAIT, d -> browser.visible("dashboard"));
        assertThat(browser.find("session-user").getText()).isEqualTo(OPS_USER);
        assertThat(browser.visible("login-error")).isFalse();
        browser.screenshot("signed-in");

        browser.click("logout-button");
        browser.waitUntil(WAIT, d -> browser.visible("login-form"));
        browser.screenshot("signed-out");
    }

    @Test
    void theDashboardShowsThePartnersRoutesOutboxAndCertificates() {
        signIn();
        browser.waitUntil(WAIT, d -> !browser.findAll("route-row").isEmpty());
        browser.screenshot("dashboard");

        List<String> partners = browser.findAll("partner-row").stream().map(row -> row.getDomAttribute("data-partner-id")).toList();
        assertThat(partners).contains("police-fccu", "nl-hotline", "de-hotline", "it-hotline", "pl-hotline");
        assertThat(partnerCell("police-fccu", "partner-health")).containsAnyOf("Healthy", "Unhealthy");
        assertThat(partnerCell("police-fccu", "partner-circuit")).isIn("CLOSED", "OPEN", "HALF_OPEN");
        assertThat(browser.find("outbox-due").getText()).matches("\\d+");
        assertThat(browser.find("outbox-in-flight").getText()).matches("\\d+");
        assertThat(browser.find("outbox-dead").getText()).matches("\\d+");
        assertThat(browser.findAll("route-status")).extracting(WebElement::getText).isNotEmpty();
        assertThat(browser.findAll("certificate-row")).as("certificate expiry list").isNotEmpty();
        assertThat(browser.findAll("certificate-level")).extracting(WebElement::getText)
                .allSatisfy(level -> assertThat(level).isIn("OK", "WARNING", "CRITICAL"));
        assertThat(browser.find("last-refresh").getText()).endsWith("UTC");
    }

    @Test
    void aPartnerTurnsRedWhenItsSimulatorFailsWithinTheRefreshTime() throws Exception {
        signIn();
        String first = internalReport("DE", uniqueCaseReference());
        awaitDelivery(first, "de-hotline", "ACKNOWLEDGED", WAIT);
        browser.waitUntil(WAIT, d -> partnerCell("de-hotline", "partner-last-delivered").endsWith("UTC"));
        WebElement health = browser.findIn(partnerRow("de-hotline"), "partner-health");
        assertThat(health.getText()).isEqualTo("\u2714 Healthy");
        assertThat(isGreenish(browser.css(health, "color"))).as(browser.css(health, "color")).isTrue();
        browser.screenshot("de-healthy");

        de.rejectsPermanently(422);
        String second = internalReport("DE", uniqueCaseReference());
        awaitDelivery(second, "de-hotline", "DEAD", WAIT);
        long dead = System.nanoTime();

        // Two refresh periods plus the time one refresh takes.
        browser.waitUntil(REFRESH.multipliedBy(2).plusSeconds(2),
                d -> partnerCell("de-hotline", "partner-health").contains("Unhealthy"));
        Duration shownAfter = Duration.ofNanos(System.nanoTime() - dead);
        WebElement red = browser.findIn(partnerRow("de-hotline"), "partner-health");
        assertThat(red.getText()).isEqualTo("\u2716 Unhealthy");
        assertThat(isReddish(browser.css(red, "color"))).as(browser.css(red, "color")).isTrue();
        assertThat(partnerCell("de-hotline", "partner-dead")).isEqualTo("1");
        assertThat(partnerRow("de-hotline").getDomAttribute("data-healthy")).isEqualTo("false");
        assertThat(shownAfter).isLessThan(REFRESH.multipliedBy(2).plusSeconds(2));
        browser.screenshot("de-red");
        de.succeeds();
    }

    @Test
    void aStoppedPartnerTurnsRedAtTheNextRefresh() throws Exception {
        signIn();
        pl.stop();
        try {
            String reference = internalReport("PL", uniqueCaseReference());
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (attempts(reference, "pl-hotline").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(attempts(reference, "pl-hotline")).isNotEmpty()
                    .allSatisfy(attempt -> assertThat(attempt).contains("connection refused"));

            browser.waitUntil(REFRESH.multipliedBy(2).plusSeconds(2),
                    d -> partnerCell("pl-hotline", "partner-health").contains("Unhealthy"));
            assertThat(partnerRow("pl-hotline").getDomAttribute("data-healthy")).isEqualTo("false");
            browser.screenshot("pl-stopped-red");
        } finally {
            pl.restart();
        }
    }

    @Test
    void aDeadDeliveryIsRetriedFromThePageAndShowsAsAcknowledged() throws Exception {
        it.rejectsPermanently(422);
        String reference = internalReport("IT", uniqueCaseReference());
        awaitDelivery(reference, "it-hotline", "DEAD", WAIT);
        int attemptsWhenDead = attempts(reference, "it-hotline").size();
        signIn();

        WebElement row = browser.waitUntil(WAIT, d -> d.findElement(browser.row("dead-row", "reference", reference)));
        assertThat(browser.findIn(row, "dead-partner").getText()).isEqualTo("it-hotline");
        assertThat(browser.findIn(row, "dead-last-error").getText()).contains("422");
        browser.screenshot("dead-delivery");

        it.succeeds();
        browser.waitUntil(WAIT, d -> {
            browser.findIn(d.findElement(browser.row("dead-row", "reference", reference)), "retry-button").click();
            return true;
        });
        browser.waitUntil(WAIT, d -> browser.visible("action-message"));
        assertThat(browser.find("action-message").getText()).contains(reference).contains("PENDING");
        browser.screenshot("retried");

        awaitDelivery(reference, "it-hotline", "ACKNOWLEDGED", WAIT);
        browser.waitUntil(WAIT, d -> d.findElements(browser.row("dead-row", "reference", reference)).isEmpty());

        new Select(browser.find("deliveries-partner-filter")).selectByValue("it-hotline");
        new Select(browser.find("deliveries-status-filter")).selectByValue("ACKNOWLEDGED");
        browser.click("deliveries-apply");
        WebElement delivered = browser.waitUntil(WAIT, d -> d.findElement(browser.row("delivery-row", "reference", reference)));
        assertThat(browser.findIn(delivered, "delivery-status").getText()).isEqualTo("ACKNOWLEDGED");
        // Attempts are kept by the retry: the ones before it, plus the successful one.
        assertThat(browser.findIn(delivered, "delivery-attempts").getText()).isEqualTo(Integer.toString(attemptsWhenDead + 1));
        browser.screenshot("acknowledged");

        search("reference", reference);
        browser.waitUntil(WAIT, d -> eventTypes().contains("OPS_RETRY"));
        WebElement retried = browser.driver().findElement(browser.row("report-event", "type", "OPS_RETRY"));
        assertThat(browser.findIn(retried, "event-actor").getText()).isEqualTo("ops:" + OPS_USER);
        browser.screenshot("history-with-retry");
    }

    @Test
    void cancelAsksForAReasonAndRefusesAnEmptyOne() throws Exception {
        nl.rejectsPermanently(422);
        String reference = internalReport("NL", uniqueCaseReference());
        awaitDelivery(reference, "nl-hotline", "DEAD", WAIT);
        signIn();

        browser.waitUntil(WAIT, d -> {
            browser.findIn(d.findElement(browser.row("dead-row", "reference", reference)), "cancel-button").click();
            return true;
        });
        browser.waitUntil(WAIT, d -> browser.visible("cancel-dialog"));
        assertThat(browser.find("cancel-target").getText()).contains(reference).contains("nl-hotline");
        browser.screenshot("cancel-dialog");

        browser.click("cancel-confirm");
        browser.waitUntil(WAIT, d -> browser.visible("cancel-error"));
        assertThat(browser.find("cancel-error").getText()).contains("reason is required");
        browser.type("cancel-reason", "   ");
        browser.click("cancel-confirm");
        assertThat(browser.visible("cancel-dialog")).isTrue();
        assertThat(deliveryColumn(reference, "nl-hotline", "status")).isEqualTo("DEAD");
        browser.screenshot("reason-required");

        String reason = "Duplicate of an earlier report, confirmed by phone";
        browser.type("cancel-reason", reason);
        browser.click("cancel-confirm");
        browser.waitUntil(WAIT, d -> !browser.visible("cancel-dialog"));
        awaitDelivery(reference, "nl-hotline", "CANCELLED", WAIT);
        browser.waitUntil(WAIT, d -> d.findElements(browser.row("dead-row", "reference", reference)).isEmpty());
        assertThat(browser.find("action-message").getText()).contains("cancelled");
        browser.screenshot("cancelled");

        search("reference", reference);
        browser.waitUntil(WAIT, d -> eventTypes().contains("OPS_CANCELLED"));
        WebElement cancelled = browser.driver().findElement(browser.row("report-event", "type", "OPS_CANCELLED"));
        assertThat(browser.findIn(cancelled, "event-actor").getText()).isEqualTo("ops:" + OPS_USER);
        assertThat(browser.findIn(cancelled, "event-detail").getText()).contains(reason);
        browser.screenshot("history-with-cancel");
        nl.succeeds();
    }

    @Test
    void reportSearchShowsTheWholeEventHistoryAndNeverTheReporter() throws Exception {
        String caseReference = uniqueCaseReference();
        String reference = internalReport("BR", caseReference);
        awaitDelivery(reference, "police-fccu", "ACKNOWLEDGED", WAIT);
        signIn();

        search("reference", reference);
        WebElement result = browser.waitUntil(WAIT, d -> d.findElement(browser.row("report-result", "reference", reference)));
        browser.waitUntil(WAIT, d -> browser.findAll("report-event").size() >= 2);
        assertThat(browser.findIn(result, "report-partner").getText()).isEqualTo("case-management");
        assertThat(browser.findIn(result, "report-partner-reference").getText()).isEqualTo(caseReference);
        WebElement delivery = result.findElement(browser.row("report-delivery", "partner", "police-fccu"));
        assertThat(browser.findIn(delivery, "delivery-status").getText()).isEqualTo("ACKNOWLEDGED");
        assertThat(browser.findAll("event-at")).extracting(WebElement::getText).allSatisfy(at -> assertThat(at).endsWith("UTC"));
        assertThat(browser.findAll("event-type")).extracting(WebElement::getText).doesNotContain("", "–");
        browser.screenshot("history-by-reference");
        String page = browser.driver().findElement(org.openqa.selenium.By.tagName("body")).getText();
        REPORTER_DATA.forEach(fragment -> assertThat(page).doesNotContain(fragment));

        search("partnerReference", caseReference);
        browser.waitUntil(WAIT, d -> browser.findAll("report-result").size() == 1
                && reference.equals(browser.find("report-result").getDomAttribute("data-reference")));
        browser.screenshot("history-by-partner-reference");

        search("reference", "HX-DOES-NOT-EXIST");
        browser.waitUntil(WAIT, d -> browser.visible("report-search-empty"));
        assertThat(browser.findAll("report-result")).isEmpty();
        browser.screenshot("not-found");
    }

    @Test
    void aCertificateIsBlockedAndUnblockedFromTheConsoleWithAReason() throws Exception {
        String sha256 = be.hotline.gateway.partner.Fingerprints.sha256(certificateOf(DEMO_CERTS.resolve("partners/de-hotline.p12")));
        signIn();
        browser.waitUntil(WAIT, d -> browser.visible("blocked-empty"));

        browser.type("block-sha256", sha256.replaceAll("(..)(?!$)", "$1:").toLowerCase(java.util.Locale.ROOT));
        browser.type("block-reason", "laptop with the key stolen, ticket 4711");
        browser.click("block-submit");
        WebElement row = browser.waitUntil(WAIT, d -> d.findElement(browser.row("blocked-row", "sha256", sha256)));
        assertThat(browser.findIn(row, "blocked-by").getText()).isEqualTo(OPS_USER);
        assertThat(browser.findIn(row, "blocked-reason").getText()).contains("ticket 4711");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> demoPartner("de-hotline").get("/api/v1/reports/HX-UNKNOWN"))
                .as("refused in the TLS handshake").isInstanceOf(javax.net.ssl.SSLException.class);
        browser.screenshot("certificate-blocked");

        browser.type("block-reason", "key recovered");
        browser.findIn(row, "unblock-button").click();
        browser.waitUntil(WAIT, d -> browser.visible("blocked-empty"));
        assertThat(demoPartner("de-hotline").get("/api/v1/reports/HX-UNKNOWN").statusCode()).isEqualTo(404);
        browser.screenshot("certificate-unblocked");
    }

    private static java.security.cert.X509Certificate certificateOf(java.nio.file.Path p12) throws Exception {
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(p12)) {
            store.load(in, "demo-only".toCharArray());
        }
        return (java.security.cert.X509Certificate) store.getCertificate(store.aliases().nextElement());
    }

    private void search(String kind, String value) {
        new Select(browser.find("report-search-kind")).selectByValue(kind);
        browser.type("report-search-input", value);
        browser.click("report-search-submit");
    }

    private List<String> eventTypes() {
        return browser.findAll("event-type").stream().map(WebElement::getText).toList();
    }
}
