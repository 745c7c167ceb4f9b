package be.hotline.gateway.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by Debian's chromedriver, both at fixed paths: Selenium Manager is
 * never asked to find or download anything. Missing binaries fail the test (never skip it): .ci/run
 * installs them. Screenshots go to target/console-screenshots/, numbered per owner in step order.
 */
public final class ConsoleBrowser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getProperty("console.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("console.chromedriver", "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final AtomicInteger step = new AtomicInteger();
    private final List<String> screenshots = new ArrayList<>();
    private final List<String> allowedErrors = new ArrayList<>();
    private final List<LogEntry> severe = new ArrayList<>();
    private String owner = "browser";

    private ConsoleBrowser(ChromeDriverService service, ChromeDriver driver) {
        this.service = service;
        this.driver = driver;
    }

    public static ConsoleBrowser start() {
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException(binary + " is missing: the console's browser tests need Debian's"
                        + " chromium and chromium-driver (apt-get install -y chromium chromium-driver; .ci/run does it)");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1440,1100",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--lang=en-GB",
                "--disable-background-networking", "--disable-component-update", "--disable-sync");
        if ("true".equalsIgnoreCase(System.getenv("CI")) || "root".equals(System.getProperty("user.name"))) {
            // CI runs as root in a container-like machine, where Chromium's sandbox cannot start.
            options.addArguments("--no-sandbox");
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return new ConsoleBrowser(service, driver);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Screenshots from now on are named after this owner, e.g. the test class and method. */
    public void owner(String owner) {
        this.owner = owner.replaceAll("[^A-Za-z0-9._-]", "_");
        this.allowedErrors.clear();
        this.step.set(0);
        collectLogs();
        severe.clear();
    }

    /** An empty page and no cookies: the previous page's timers stop, its session is forgotten. */
    public void reset() {
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    public void open(String url) {
        driver.get(url);
        waitUntil(Duration.ofSeconds(10), d -> "true".equals(
                d.findElement(By.tagName("html")).getDomAttribute("data-console-ready")) ? Boolean.TRUE : null);
    }

    // --- elements ----------------------------------------------------------------------------------

    public static By testId(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    public WebElement find(String testId) {
        return driver.findElement(testId(testId));
    }

    public List<WebElement> findAll(String testId) {
        return driver.findElements(testId(testId));
    }

    public WebElement findIn(WebElement parent, String testId) {
        return parent.findElement(testId(testId));
    }

    /** The row (or other element) with this test id and data attribute, e.g. ("partner-row", "partner-id", "de-hotline"). */
    public By row(String testId, String dataAttribute, String value) {
        return By.cssSelector("[data-testid='" + testId + "'][data-" + dataAttribute + "='" + value.replace("'", "\\'") + "']");
    }

    public void type(String testId, String text) {
        WebElement input = find(testId);
        input.clear();
        input.sendKeys(text);
    }

    public void click(String testId) {
        find(testId).click();
    }

    public boolean visible(String testId) {
        List<WebElement> elements = findAll(testId);
        return !elements.isEmpty() && elements.get(0).isDisplayed();
    }

    /** Waits until the function gives a non-null, non-false value; stale or missing elements mean "not yet". */
    public <T> T waitUntil(Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(100))
                .ignoring(NoSuchElementException.class)
                .ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "console state after " + timeout + " (screenshot " + screenshot("timeout") + ")")
                .until(condition);
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The element's computed CSS property, e.g. "background-color". */
    public String css(WebElement element, String property) {
        return element.getCssValue(property);
    }

    // --- artefacts ---------------------------------------------------------------------------------

    /** Saves a PNG of the page as target/console-screenshots/OWNER-NN-NAME.png and returns its file name. */
    public String screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            String file = String.format(Locale.ROOT, "%s-%02d-%s.png", owner, step.incrementAndGet(),
                    name.replaceAll("[^A-Za-z0-9._-]", "_"));
            Files.write(SCREENSHOTS.resolve(file), fullPage());
            screenshots.add(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            return "(no screenshot: " + e.getMessage() + ")";
        }
    }

    /** The whole page, not only the window (Chromium's DevTools), or the window if that fails. */
    @SuppressWarnings("unchecked")
    private byte[] fullPage() {
        try {
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                    "width", ((Number) size.get("width")).doubleValue(),
                    "height", Math.min(((Number) size.get("height")).doubleValue(), 12000));
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            return Base64.getDecoder().decode((String) shot.get("data"));
        } catch (RuntimeException e) {
            return driver.getScreenshotAs(OutputType.BYTES);
        }
    }

    public List<String> screenshots() {
        return List.copyOf(screenshots);
    }

    // --- the browser's console ---------------------------------------------------------------------

    /** A SEVERE console message containing this fragment is expected in the current test (e.g. a 401 on a wrong password). */
    public void allowConsoleError(String fragment) {
        allowedErrors.add(fragment);
    }

    /** SEVERE browser console messages (JavaScript errors, CSP violations, failed loads) not allowed by the test. */
    public List<String> unexpectedConsoleErrors() {
        collectLogs();
        return severe.stream()
                .map(LogEntry::getMessage)
                // The browser's own favicon probe of /favicon.ico, outside the console's /ops/ path.
                .filter(message -> !message.contains("/favicon.ico - Failed to load resource"))
                .filter(message -> allowedErrors.stream().noneMatch(message::contains))
                .toList();
    }

    private void collectLogs() {
        try {
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    severe.add(entry);
                }
            }
        } catch (RuntimeException e) {
            // The session is gone; nothing more to collect.
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
