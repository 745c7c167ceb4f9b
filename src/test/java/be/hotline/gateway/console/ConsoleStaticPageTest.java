package be.hotline.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The console on its own, in headless Chromium: it loads from the classpath without a script error,
 * its helpers format values as the tests expect, and against a stand-in backend that sets the real
 * Content-Security-Policy it renders hostile values as text, sends the CSRF header, refuses a cancel
 * without a reason, and pages and filters the queue. The real gateway is in {@link OpsConsoleBrowserTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleStaticPageTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private ConsoleBrowser browser;
    private FakeOpsBackend backend;

    @BeforeAll
    void startBrowser() {
        browser = ConsoleBrowser.start();
        backend = new FakeOpsBackend();
    }

    @AfterAll
    void stopBrowser() {
        if (backend != null) {
            backend.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void name(TestInfo test) {
        browser.owner("static-" + test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void noScriptErrors() {
        browser.screenshot("end");
        assertThat(browser.unexpectedConsoleErrors()).as("SEVERE messages in the browser console").isEmpty();
    }

    @Test
    void theConsoleLoadsFromTheClasspathWithoutErrors() {
        URL index = getClass().getClassLoader().getResource("ops-console/index.html");
        assertThat(index).as("ops-console/index.html on the classpath").isNotNull();
        assertThat(getClass().getClassLoader().getResource("ops-console/console.js")).isNotNull();
        assertThat(getClass().getClassLoader().getResource("ops-console/console.css")).isNotNull();

        browser.open(index.toString());
        browser.screenshot("login-form");

        assertThat(browser.visible("login-form")).isTrue();
        assertThat(browser.visible("dashboard")).isFalse();
        assertThat(browser.driver().getTitle()).contains("ops console");
        // The stylesheet applied: hidden sections are really hidden, buttons styled.
        assertThat(browser.css(browser.find("login-submit"), "background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
    }

    @Test
    void theConsoleHasNoInlineScriptOrHandlerOrStyle() {
        browser.open(getClass().getClassLoader().getResource("ops-console/index.html").toString());
        Object inline = browser.script("""
                var found = [];
                document.querySelectorAll('script').forEach(function (s) { if (!s.src) { found.push('inline script'); } });
                document.querySelectorAll('*').forEach(function (e) {
                  for (var i = 0; i < e.attributes.length; i++) {
                    var n = e.attributes[i].name;
                    if (n.indexOf('on') === 0 || n === 'style') { found.push(e.tagName + '@' + n); }
                  }
                });
                return found;""");
        assertThat((List<?>) inline).isEmpty();
    }

    @Test
    void theHelpersFormatValues() {
        browser.open(getClass().getClassLoader().getResource("ops-console/index.html").toString());
        assertThat(js("return HotlineConsole.refreshMillis('')")).isEqualTo(5000L);
        assertThat(js("return HotlineConsole.refreshMillis('?refresh=1')")).isEqualTo(1000L);
        assertThat(js("return HotlineConsole.refreshMillis('?a=b&refresh=0.5')")).isEqualTo(500L);
        assertThat(js("return HotlineConsole.refreshMillis('?refresh=abc')")).isEqualTo(5000L);
        assertThat(js("return HotlineConsole.refreshMillis('?refresh=-3')")).isEqualTo(5000L);
        assertThat(js("return HotlineConsole.refreshMillis('?refresh=0.01')")).isEqualTo(250L);
        assertThat(js("return HotlineConsole.formatAge(null)")).isEqualTo("–");
        assertThat(js("return HotlineConsole.formatAge(45)")).isEqualTo("45s");
        assertThat(js("return HotlineConsole.formatAge(185)")).isEqualTo("3m 05s");
        assertThat(js("return HotlineConsole.formatAge(7620)")).isEqualTo("2h 07m");
        assertThat(js("return HotlineConsole.formatAge(3 * 86400 + 3600)")).isEqualTo("3d 01h");
        assertThat(js("return HotlineConsole.formatInstant('2026-11-25T20:18:58.123Z')")).isEqualTo("2026-11-25 20:18:58 UTC");
        assertThat(js("return HotlineConsole.formatInstant(null)")).isEqualTo("–");
        assertThat(js("return HotlineConsole.formatInstant('not a date')")).isEqualTo("not a date");
        assertThat(js("return HotlineConsole.healthLabel(false).text")).isEqualTo("\u2716 Unhealthy");
        assertThat(js("return HotlineConsole.healthLabel(true).text")).isEqualTo("\u2714 Healthy");
        assertThat(js("return HotlineConsole.deliveriesQuery({status:'DEAD', partner:'a&b', limit:20}, 'c/1')"))
                .isEqualTo("?status=DEAD&partner=a%26b&limit=20&cursor=c%2F1");
        assertThat(js("return HotlineConsole.lastError({lastError:'HTTP 422', lastStatusCode:422})")).isEqualTo("HTTP 422");
        assertThat(js("return HotlineConsole.lastError({lastError:'timeout', lastStatusCode:null})")).isEqualTo("timeout");
        assertThat(js("return HotlineConsole.lastError({lastError:'permanently refused: HTTP 422', lastStatusCode:422})"))
                .isEqualTo("permanently refused: HTTP 422");
        assertThat(js("return HotlineConsole.lastError({lastError:'refused', lastStatusCode:400})")).isEqualTo("HTTP 400 – refused");
        assertThat(js("return HotlineConsole.problemText({title:'T', detail:'D'}, 'x')")).isEqualTo("D");
    }

    @Test
    void againstTheStrictCspTheConsoleShowsHostileValuesAsTextAndSendsTheCsrfHeader() {
        browser.open(backend.url("/ops/?refresh=0.5"));
        browser.allowConsoleError("status of 401");
        browser.type("login-username", "ops");
        browser.type("login-password", "wrong");
        browser.click("login-submit");
        browser.waitUntil(WAIT, d -> browser.visible("login-error"));
        assertThat(browser.find("login-error").getText()).contains("Wrong user name or password");
        browser.screenshot("wrong-password");

        browser.type("login-password", FakeOpsBackend.PASSWORD);
        browser.click("login-submit");
        browser.waitUntil(WAIT, d -> browser.findAll("partner-row").size() == 2);
        browser.waitUntil(WAIT, d -> browser.findAll("dead-row").size() == 1);
        browser.screenshot("dashboard");

        // Markup from the server is text, never elements; nothing ran.
        WebElement it = browser.driver().findElement(browser.row("partner-row", "partner-id", "it-hotline"));
        assertThat(browser.findIn(it, "partner-name").getText()).contains(FakeOpsBackend.HOSTILE);
        assertThat(browser.findIn(browser.find("dead-row"), "dead-last-error").getText()).contains(FakeOpsBackend.HOSTILE);
        assertThat(browser.driver().findElements(By.cssSelector("main img"))).isEmpty();
        assertThat(browser.script("return window.__pwned === undefined")).isEqualTo(true);

        // Partner table: health as text and colour, the other columns.
        assertThat(browser.findIn(it, "partner-health").getText()).isEqualTo("\u2714 Healthy");
        assertThat(browser.findIn(it, "partner-oldest-pending").getText()).isEqualTo("1h 02m");
        assertThat(browser.findIn(it, "partner-ack-overdue").getText()).isEqualTo("1");
        assertThat(browser.find("outbox-due").getText()).isEqualTo("2");
        assertThat(browser.findAll("certificate-level")).extracting(WebElement::getText)
                .containsExactly("OK", "WARNING", "CRITICAL");
        assertThat(browser.findAll("route-row")).hasSize(2);

        // It turns red with the next refresh.
        backend.itHealthy = false;
        browser.waitUntil(WAIT, d -> browser.findIn(d.findElement(browser.row("partner-row", "partner-id", "it-hotline")),
                "partner-health").getText().contains("Unhealthy"));
        WebElement health = browser.findIn(browser.driver().findElement(browser.row("partner-row", "partner-id", "it-hotline")),
                "partner-health");
        assertThat(isReddish(browser.css(health, "color"))).as(browser.css(health, "color")).isTrue();
        browser.screenshot("partner-red");

        // Cancel asks for a reason and refuses an empty one, without asking the server.
        browser.findIn(browser.find("dead-row"), "cancel-button").click();
        browser.waitUntil(WAIT, d -> browser.visible("cancel-dialog"));
        browser.click("cancel-confirm");
        browser.waitUntil(WAIT, d -> browser.visible("cancel-error"));
        assertThat(browser.find("cancel-error").getText()).contains("reason is required");
        browser.type("cancel-reason", "   ");
        browser.click("cancel-confirm");
        assertThat(browser.visible("cancel-dialog")).isTrue();
        browser.screenshot("cancel-needs-reason");
        assertThat(backend.posts).noneMatch(call -> call.path().endsWith("/cancel"));
        browser.type("cancel-reason", "duplicate of HX-1 <b>");
        browser.click("cancel-confirm");
        browser.waitUntil(WAIT, d -> !browser.visible("cancel-dialog"));
        browser.waitUntil(WAIT, d -> browser.visible("action-message"));
        assertThat(backend.posts).anySatisfy(call -> {
            assertThat(call.path()).isEqualTo("/ops/api/deliveries/d-dead-1/cancel");
            assertThat(call.csrf()).isEqualTo(FakeOpsBackend.CSRF);
            assertThat(call.body()).isEqualTo("{\"reason\":\"duplicate of HX-1 <b>\"}");
        });

        // Retry sends the CSRF header too.
        browser.findIn(browser.find("dead-row"), "retry-button").click();
        browser.waitUntil(WAIT, d -> backend.posts.stream().anyMatch(call -> call.path().endsWith("/retry")));
        assertThat(backend.posts).filteredOn(call -> call.path().endsWith("/retry"))
                .allSatisfy(call -> assertThat(call.csrf()).isEqualTo(FakeOpsBackend.CSRF));
        browser.screenshot("after-retry");

        // Filters and pages.
        org.openqa.selenium.support.ui.Select status = new org.openqa.selenium.support.ui.Select(
                browser.find("deliveries-status-filter"));
        status.selectByValue("PENDING");
        new org.openqa.selenium.support.ui.Select(browser.find("deliveries-partner-filter")).selectByValue("it-hotline");
        browser.click("deliveries-apply");
        browser.waitUntil(WAIT, d -> backend.deliveryQueries.contains("status=PENDING&partner=it-hotline&limit=50"));
        browser.waitUntil(WAIT, d -> browser.find("deliveries-next").isEnabled());
        browser.click("deliveries-next");
        browser.waitUntil(WAIT, d -> browser.findAll("delivery-row").size() == 1
                && "HX-PAGE-2".equals(browser.find("delivery-row").getDomAttribute("data-reference")));
        assertThat(browser.find("deliveries-page").getText()).isEqualTo("2");
        browser.click("deliveries-prev");
        browser.waitUntil(WAIT, d -> browser.findAll("delivery-row").size() == 2);
        browser.screenshot("deliveries-filtered");

        // Report search shows the history, as text.
        browser.type("report-search-input", "HX-DEAD-1");
        browser.click("report-search-submit");
        browser.waitUntil(WAIT, d -> browser.findAll("report-event").size() == 2);
        assertThat(browser.findAll("event-type")).extracting(WebElement::getText).containsExactly("RECEIVED", "DELIVERY_DEAD");
        assertThat(browser.findAll("event-detail").get(0).getText()).isEqualTo(FakeOpsBackend.HOSTILE);
        browser.screenshot("report-history");
        browser.type("report-search-input", "NOPE");
        browser.click("report-search-submit");
        browser.waitUntil(WAIT, d -> browser.visible("report-search-empty"));

        browser.click("logout-button");
        browser.waitUntil(WAIT, d -> browser.visible("login-form"));
        assertThat(backend.posts).anySatisfy(call -> assertThat(call.path()).isEqualTo("/ops/logout"));
        assertThat(browser.script("return window.__pwned === undefined")).isEqualTo(true);
    }

    private Object js(String script) {
        return browser.script(script);
    }

    /** True for a clearly red colour such as "rgba(179, 22, 27, 1)". */
    static boolean isReddish(String cssColour) {
        Map<String, Integer> rgb = rgb(cssColour);
        return rgb.get("r") > 150 && rgb.get("g") < 90 && rgb.get("b") < 90;
    }

    static boolean isGreenish(String cssColour) {
        Map<String, Integer> rgb = rgb(cssColour);
        return rgb.get("g") > 90 && rgb.get("r") < 90 && rgb.get("b") < 90;
    }

    private static Map<String, Integer> rgb(String cssColour) {
        String[] parts = cssColour.replaceAll("[^0-9,]", "").split(",");
        return Map.of("r", Integer.parseInt(parts[0]), "g", Integer.parseInt(parts[1]), "b", Integer.parseInt(parts[2]));
    }
}
