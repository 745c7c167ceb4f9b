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
 * The console on its own, in headless Chromium: it loads from the classpath without a script error, has no
 * inline script, handler or style (the backend's CSP forbids them), and its helpers format values as the
 * tests expect. The console against the real gateway is {@link OpsConsoleBrowserTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleStaticPageTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private ConsoleBrowser browser;

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
