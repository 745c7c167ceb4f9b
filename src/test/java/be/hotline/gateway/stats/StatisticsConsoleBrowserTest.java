package be.hotline.gateway.stats;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.console.ConsoleTestSupport;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The console's Statistics page in a headless Chromium against the real gateway: reports posted and a removal
 * reported through the partner API, the page opened after signing in on the console, its four uPlot charts drawn
 * (bars in the chart's colour on the canvas, none for a year without reports), the figures as text, uPlot served
 * from the classpath under the console's strict CSP (a violation would be a SEVERE console message, which fails
 * every test). Screenshots under target/console-screenshots/.
 */
class StatisticsConsoleBrowserTest extends ConsoleTestSupport {

    /** Pixels of the bars' colour (#1f4f99) on the chart's canvas; -1 without a canvas. */
    private static final String BAR_PIXELS = """
            var canvas = document.querySelector('[data-testid="' + arguments[0] + '"] canvas');
            if (!canvas) { return -1; }
            var data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            var count = 0;
            for (var i = 0; i < data.length; i += 4) {
              if (Math.abs(data[i] - 31) < 8 && Math.abs(data[i + 1] - 79) < 8 && Math.abs(data[i + 2] - 153) < 8 && data[i + 3] > 200) {
                count++;
              }
            }
            return count;""";
    private static final List<String> CHARTS = List.of("chart-months", "chart-hosting", "chart-outcomes", "chart-removal");

    @Test
    void theStatisticsPageDrawsTheYearsChartsFromTheFigures() throws Exception {
        police.succeeds();
        de.succeeds();
        FiguresFixture fixture = new FiguresFixture(this, this::demoPartner, database());
        String home = fixture.internal("BASELINE", "REAL_CHILD", "BE");
        fixture.internal("NATIONAL", "VIRTUAL", "DE");
        fixture.internal("BASELINE", "REAL_CHILD", "JP");
        fixture.awaitDelivered(home, "police-fccu");
        fixture.police(home, "PV_OPENED", 3, null);
        fixture.police(home, "CONTENT_OFFLINE", 2, fixture.firstSeen.plusSeconds(2 * 86_400));
        int thisYear = LocalDate.now(ZoneId.of("Europe/Brussels")).getYear();

        signIn();
        browser.click("statistics-link");
        browser.waitUntil(WAIT, d -> String.valueOf(thisYear).equals(
                d.findElement(org.openqa.selenium.By.tagName("html")).getDomAttribute("data-stats-loaded")) ? Boolean.TRUE : null);
        assertThat(browser.find("stats-reports").getText()).isEqualTo("3");
        assertThat(browser.find("stats-qualified").getText()).isEqualTo("3");
        assertThat(browser.find("stats-removed").getText()).isEqualTo("1 (1)");
        assertThat(browser.find("stats-zone").getText()).isEqualTo("Europe/Brussels");
        assertThat(browser.find("stats-table").getText()).contains("hosting orphan 1", "outcomes caseOpened 1")
                .doesNotContain("Example Reporter", "reporter@example.org");
        for (String chart : CHARTS) {
            assertThat(((Number) browser.script(BAR_PIXELS, chart)).longValue()).as(chart + ": bars drawn").isGreaterThan(50);
        }
        assertThat(browser.find("stats-csv").getDomAttribute("href")).isEqualTo("api/stats/yearly?format=csv&year=" + thisYear);
        browser.screenshot("statistics-this-year");

        // A year without reports: the charts are drawn, with no bar.
        browser.find("stats-year").clear();
        browser.type("stats-year", "2020");
        browser.click("stats-load");
        browser.waitUntil(WAIT, d -> "2020".equals(
                d.findElement(org.openqa.selenium.By.tagName("html")).getDomAttribute("data-stats-loaded")) ? Boolean.TRUE : null);
        assertThat(browser.find("stats-reports").getText()).isEqualTo("0");
        for (String chart : CHARTS) {
            assertThat(((Number) browser.script(BAR_PIXELS, chart)).longValue()).as(chart + ": no bars").isZero();
        }
        browser.screenshot("statistics-empty-year");

        // A year the gateway refuses: the problem's detail is shown.
        browser.find("stats-year").clear();
        browser.type("stats-year", "1999");
        browser.click("stats-load");
        browser.allowConsoleError("status of 400");
        browser.waitUntil(WAIT, d -> browser.visible("stats-error") ? Boolean.TRUE : null);
        assertThat(browser.find("stats-error").getText()).contains("2000");
        browser.screenshot("statistics-bad-year");
    }

    @Test
    void withoutASessionThePageAsksToSignIn() {
        browser.allowConsoleError("status of 401");
        browser.open("http://127.0.0.1:" + opsPort + "/ops/statistics");
        browser.waitUntil(WAIT, d -> browser.visible("stats-signin") ? Boolean.TRUE : null);
        assertThat(browser.find("stats-reports").getText()).isEqualTo("–");
        browser.screenshot("statistics-signed-out");
    }

    @Test
    void thePageAndUPlotComeFromTheClasspathUnderTheConsolesPolicy() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String[] file : new String[][] {{"statistics", "text/html"}, {"statistics.js", "text/javascript"},
                {"vendor/uplot.js", "text/javascript"}, {"vendor/uplot.css", "text/css"}}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + opsPort + "/ops/" + file[0])).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(file[0]).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(file[0]).hasValueSatisfying(type -> assertThat(type).startsWith(file[1]));
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(file[0])
                    .contains("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self';"
                            + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("ops-console/statistics.html")) {
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContainPattern("\\sstyle=")
                    .doesNotContainPattern("\\son[a-z]+=").doesNotContain("http://", "https://");
        }
    }
}
