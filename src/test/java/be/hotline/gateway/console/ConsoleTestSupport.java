package be.hotline.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.dispatch.DeliveryTestSupport;
import be.hotline.gateway.support.FreePort;
import be.hotline.gateway.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.WebElement;

/**
 * The real gateway (YAML routes, mutual-TLS partner API, H2, the WireMock partner simulators of
 * {@link DeliveryTestSupport}) with its ops port on a free local port, and a headless Chromium on the
 * console. The console refreshes every {@link #REFRESH} so a test waits seconds, not minutes.
 * Screenshots of every step go to target/console-screenshots/.
 */
public abstract class ConsoleTestSupport extends DeliveryTestSupport {

    /** The demo ops user that application.properties ships (DEMO only; refused in production mode). */
    protected static final String OPS_USER = "ops";
    protected static final String OPS_PASSWORD = "demo-ops-password";
    protected static final Duration REFRESH = Duration.ofSeconds(1);
    protected static final Duration WAIT = Duration.ofSeconds(15);

    protected final int opsPort = FreePort.find();
    private final TestDatabase database = TestDatabase.freshH2();
    protected ConsoleBrowser browser;

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Override
    protected Properties extraProperties() {
        Properties properties = super.extraProperties();
        properties.setProperty("gateway.ops.host", "127.0.0.1");
        properties.setProperty("gateway.ops.port", Integer.toString(opsPort));
        return properties;
    }

    @BeforeAll
    void startBrowser() {
        browser = ConsoleBrowser.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void nameScreenshots(TestInfo test) {
        // Leave the previous test's page first: its refresh timer would run on with the next test's cookies.
        browser.reset();
        browser.owner(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void noBrowserErrors() {
        browser.screenshot("end");
        assertThat(browser.unexpectedConsoleErrors()).as("SEVERE messages in the browser console").isEmpty();
    }

    protected String consoleUrl() {
        return "http://127.0.0.1:" + opsPort + "/ops/?refresh=" + REFRESH.toMillis() / 1000.0;
    }

    /** Opens the console and signs in as the demo ops user; returns when the partner table is filled. */
    protected void signIn() {
        browser.open(consoleUrl());
        browser.type("login-username", OPS_USER);
        browser.type("login-password", OPS_PASSWORD);
        browser.click("login-submit");
        browser.waitUntil(WAIT, d -> browser.visible("dashboard") && !browser.findAll("partner-row").isEmpty());
    }

    /** The partner's row in the dashboard's partner table. */
    protected WebElement partnerRow(String partnerId) {
        return browser.driver().findElement(browser.row("partner-row", "partner-id", partnerId));
    }

    protected String partnerCell(String partnerId, String testId) {
        return browser.findIn(partnerRow(partnerId), testId).getText();
    }

    /** Our case management reports content hosted in the country, with this case-management (partner) reference. */
    protected String internalReport(String country, String partnerReference) throws Exception {
        String report = Files.readString(Path.of("docs/api/examples/report-internal.json"))
                .replace("CM-2026-11-0193", partnerReference)
                .replace("\"hostingCountry\": \"DE\"", "\"hostingCountry\": \"" + country + "\"");
        return post(demoPartner("case-management"), report.getBytes(StandardCharsets.UTF_8));
    }

    protected static String uniqueCaseReference() {
        return "CM-UI-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
