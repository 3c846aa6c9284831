package dev.statusgen.sample.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.statusgen.sample.web.SpecTable.SpecClass;
import dev.statusgen.sample.web.SpecTable.SpecCode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser: headless Chromium driven by Selenium through chromedriver, the binaries of Debian's
 * {@code chromium} and {@code chromium-driver} packages. Selenium Manager downloads nothing: the driver's path is
 * given.
 *
 * <p>Other binaries: {@code -Dstatusgen.chromium=PATH -Dstatusgen.chromedriver=PATH}, or the environment variables
 * {@code STATUSGEN_CHROMIUM} and {@code STATUSGEN_CHROMEDRIVER}. Without the binaries the test skips, except under
 * {@code CI=true}, where it fails. Screenshots of each kind of page go to {@code target/screenshots/}.
 *
 * <p>The tests without scripts turn them off in Chromium: the table, the search and each code's page work without.
 */
class StatusPageBrowserTest {
    private static final List<String> FLAGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run");
    /** Where the screenshots go; {@code cp sample-app/target/screenshots/*.png docs/} puts them in the docs. */
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern EXPECTED_ERRORS =
            Pattern.compile("/api/status/600 - Failed to load resource: the server responded with a status of 400"
                    + "|/1000 - Failed to load resource: the server responded with a status of 404");
    private static final String NON_STANDARD = "A non-standard response, possibly custom to the server's software.";

    private static SpecTable spec;
    private static StatusServer server;
    private static ChromeDriver driver;

    /** Whether the page's scripts run: a test that turns them off has them turned on again after it. */
    private static boolean scriptsRun = true;

    /** Why the browser test cannot run, or null if it can. */
    private static String unavailable;

    /** Chromium's profile: a fresh one for each run. */
    @TempDir
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        Path chromium = binary("statusgen.chromium", "STATUSGEN_CHROMIUM", "/usr/bin/chromium");
        Path chromedriver = binary("statusgen.chromedriver", "STATUSGEN_CHROMEDRIVER", "/usr/bin/chromedriver");
        unavailable = missing(chromium, chromedriver);
        if (unavailable != null) {
            if ("true".equals(System.getenv("CI"))) {
                fail(unavailable + " (CI=true, so the browser test may not skip)");
            }
            System.err.println("StatusPageBrowserTest skipped: " + unavailable);
            return;
        }
        spec = SpecTable.read();
        server = StatusServer.start(new InetSocketAddress("127.0.0.1", 0));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        List<String> arguments = new ArrayList<>(FLAGS);
        arguments.add("--user-data-dir=" + profile.toAbsolutePath());
        arguments.add("--window-size=1280,900");
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile()).addArguments(arguments);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void requireBrowser() {
        Assumptions.assumeTrue(unavailable == null, unavailable);
        scripts(true);
    }

    /**
     * The pages must run without a script error or a refused resource; the only errors expected are the answers to
     * what the tests ask for in error: the API's 400 for 600, and the 404 page of /1000.
     */
    @AfterEach
    void noErrorsInTheConsole() {
        if (driver == null) {
            return;
        }
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !EXPECTED_ERRORS.matcher(message).find())
                .toList();
        assertEquals(List.of(), errors);
    }

    @Test
    void withoutScriptsShowsTheWholeTable() throws IOException {
        scripts(false);
        open("");
        assertEquals(null, driver.findElement(By.tagName("body")).getDomAttribute("data-ready"), "no script ran");
        assertWholeTable();
        screenshot("sample-app-page.png", 1280, 1000, false);
        screenshot("sample-app-page-phone.png", 390, 844, true);
    }

    @Test
    void withoutScriptsTheSearchFormAsksTheServer() throws IOException {
        scripts(false);
        open("");
        search("not found");
        driver.findElement(By.cssSelector("form[role=search] button")).click();
        new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.urlContains("/search?q=not+found"));
        assertEquals(List.of("404 Not Found"), titles());
        assertEquals("not found", driver.findElement(By.id("search")).getDomProperty("value"));
        driver.findElement(By.id("search")).clear();
        search("found");
        driver.findElement(By.id("search")).submit();
        new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.urlContains("/search?q=found"));
        assertEquals(List.of("302 Found", "404 Not Found"), titles());
        screenshot("sample-app-search.png", 1280, 900, false);
    }

    @Test
    void withoutScriptsEachCodeHasAPageOfItsOwn() throws IOException {
        scripts(false);
        open("");
        driver.findElement(By.cssSelector("tr[id='404'] .code-cell a")).click();
        new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.urlToBe(server.uri() + "404"));
        assertEquals("404 Not Found", driver.findElement(By.tagName("h1")).getText());
        assertEquals("404 Not Found \u00b7 HTTP status codes", driver.getTitle());
        assertEquals(
                code(404).description(),
                driver.findElement(By.cssSelector("main > .description")).getText());
        WebElement reference = driver.findElement(By.cssSelector(".facts .references a"));
        assertEquals("https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5", reference.getDomAttribute("href"));
        assertEquals("noopener noreferrer", reference.getDomAttribute("rel"));
        screenshot("sample-app-code-page.png", 1280, 900, false);
        driver.findElement(By.cssSelector("a[rel=next]")).click();
        new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.urlToBe(server.uri() + "405"));
        driver.findElement(By.cssSelector("a.all")).click();
        new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.urlToBe(server.uri() + "#405"));
        open("299");
        assertEquals(
                "299 Non-Standard Response",
                driver.findElement(By.tagName("h1")).getText());
        assertEquals(
                NON_STANDARD,
                driver.findElement(By.cssSelector("main > .description")).getText());
        screenshot("sample-app-non-standard-page.png", 1280, 900, false);
        open("1000");
        assertEquals("Page not found", driver.findElement(By.tagName("h1")).getText());
        screenshot("sample-app-not-found-page.png", 1280, 900, false);
        driver.findElement(By.linkText("All status codes")).click();
        new WebDriverWait(driver, TIMEOUT)
                .until(ExpectedConditions.urlToBe(server.uri().toString()));
    }

    @Test
    void findsACodeByNumberAsYouType() throws IOException {
        open("");
        assertEquals("true", driver.findElement(By.tagName("body")).getDomAttribute("data-ready"));
        search("404");
        waitForRows(List.of(404));
        assertEquals(
                "1 code matches.",
                driver.findElement(By.cssSelector("#results .message")).getText());
        search("40");
        waitForRows(List.of(400, 401, 402, 403, 404, 405, 406, 407, 408, 409));
        assertEquals(
                List.of("CLIENT_ERROR"),
                driver.findElements(By.cssSelector("#table > section")).stream()
                        .filter(WebElement::isDisplayed)
                        .map(section -> section.getDomAttribute("id"))
                        .toList(),
                "the classes without a match are hidden");
        assertTrue(!driver.findElement(By.id("tags")).isDisplayed(), "and so are the tags");
        search("found");
        waitForRows(List.of(302, 404));
        screenshot("sample-app-live-search.png", 1280, 900, false);
        search("");
        waitForRows(spec.codes().stream().map(SpecCode::code).toList());
        assertTrue(driver.findElement(By.id("tags")).isDisplayed());
        assertEquals("", driver.findElement(By.id("results")).getText());
    }

    @Test
    void findsCodesByPartOfTheirNameOrAnAliasWhateverTheCase() {
        open("");
        search("content too large");
        waitForRows(List.of(413));
        search("FOUND");
        waitForRows(spec.codes().stream()
                .filter(c -> Stream.concat(Stream.of(c.name()), c.aliases().stream())
                        .anyMatch(name -> name.toLowerCase(Locale.ROOT).contains("found")))
                .map(SpecCode::code)
                .toList());
        search(" teapot");
        waitForRows(List.of(418));
        search("teapots");
        waitForRows(List.of());
        assertEquals(
                "No status code has \"teapots\" in its name or its aliases",
                driver.findElement(By.cssSelector("#results .message")).getText());
    }

    @Test
    void linksACodeTheTableLacksToItsPage() {
        open("");
        search("299");
        WebElement link = waitFor(By.cssSelector("#results .message a"));
        assertEquals("299 Non-Standard Response", link.getText());
        assertEquals(
                "299 Non-Standard Response (Successful responses, not in the table): " + NON_STANDARD,
                driver.findElement(By.cssSelector("#results .message")).getText());
        link.click();
        new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.urlToBe(server.uri() + "299"));
        assertEquals(
                "299 Non-Standard Response",
                driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void showsTheApiErrorForACodeOfNoClass() {
        open("");
        search("600");
        WebElement message = waitFor(By.cssSelector("#results .message.error"));
        assertEquals("Invalid HTTP status code 600: it is in no status class (100-599)", message.getText());
    }

    @Test
    void showsMarkupAsText() {
        open("");
        String markup = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        search(markup);
        WebElement message = waitFor(By.cssSelector("#results .message"));
        assertEquals("No status code has \"" + markup + "\" in its name or its aliases", message.getText());
        assertEquals(List.of(), driver.findElements(By.cssSelector("#results script, #results img")));
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
    }

    /** Every class and code of the spec, with its badges, aliases and links, and markup in the spec as text. */
    private static void assertWholeTable() {
        List<WebElement> sections = driver.findElements(By.cssSelector("#table section"));
        assertEquals(spec.classes().size(), sections.size());
        for (int i = 0; i < sections.size(); i++) {
            SpecClass statusClass = spec.classes().get(i);
            assertEquals(
                    statusClass.range() + " " + statusClass.name(),
                    sections.get(i).findElement(By.tagName("h2")).getText());
        }
        for (SpecCode code : spec.codes()) {
            WebElement row = driver.findElement(By.id(String.valueOf(code.code())));
            assertTrue(row.isDisplayed(), code.code() + " is shown");
            assertEquals(code.name(), row.findElement(By.className("name")).getText());
            assertEquals(
                    code.tags(),
                    row.findElements(By.className("badge")).stream()
                            .map(WebElement::getText)
                            .toList(),
                    "badges of " + code.code());
            assertTrue(
                    row.findElement(By.cssSelector("td.description")).getText().startsWith(code.description()),
                    "the description of " + code.code() + ", markup as text");
        }
        assertEquals(
                List.of(), driver.findElements(By.cssSelector("#table script, #table img, #table dav\\:propstat")));
    }

    /** Runs the page's scripts or not: Chromium's switch, as a reader's setting would. */
    private static void scripts(boolean enabled) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
        scriptsRun = enabled;
    }

    /** Opens the page at {@code path} of the server, and waits for its script, if scripts run. */
    private static void open(String path) {
        driver.get("about:blank");
        driver.get(server.uri() + path);
        waitFor(By.tagName("footer"));
        if (scriptsRun && path.isEmpty()) {
            waitFor(By.cssSelector("body[data-ready='true']"));
        }
    }

    private static void search(String text) {
        WebElement box = driver.findElement(By.id("search"));
        box.clear();
        if (text.isEmpty()) {
            // clear() sends no input event; the script hears a deletion.
            box.sendKeys("x", Keys.BACK_SPACE);
        } else {
            box.sendKeys(text);
        }
    }

    private static WebElement waitFor(By locator) {
        return new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the table shows exactly the rows of {@code codes}. */
    private static void waitForRows(List<Integer> codes) {
        List<String> expected = codes.stream().map(String::valueOf).toList();
        new WebDriverWait(driver, TIMEOUT).until(d -> expected.equals(visibleRows()));
    }

    private static List<String> visibleRows() {
        return driver.findElements(By.cssSelector("#table tbody tr")).stream()
                .filter(WebElement::isDisplayed)
                .map(row -> row.getDomAttribute("id"))
                .toList();
    }

    /** The titles of the search results that the server rendered. */
    private static List<String> titles() {
        return driver.findElements(By.cssSelector("main article h2")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static SpecCode code(int code) {
        return spec.codes().stream().filter(c -> c.code() == code).findFirst().orElseThrow();
    }

    /** Saves a screenshot of the page, as a desktop or a phone of the given width and height shows it. */
    private static void screenshot(String name, int width, int height, boolean phone) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", phone ? 2 : 1, "mobile", phone));
        try {
            Files.copy(
                    driver.getScreenshotAs(OutputType.FILE).toPath(),
                    SCREENSHOTS.resolve(name),
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static Path binary(String property, String variable, String fallback) {
        return Path.of(System.getProperty(property, Objects.requireNonNullElse(System.getenv(variable), fallback)));
    }

    /** What is missing of the browser, or null if nothing is. */
    private static String missing(Path... binaries) {
        List<String> missing = Stream.of(binaries)
                .filter(b -> !Files.isExecutable(b))
                .map(Path::toString)
                .toList();
        return missing.isEmpty()
                ? null
                : "the browser test needs " + String.join(" and ", missing)
                        + ": install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver), or point "
                        + "-Dstatusgen.chromium and -Dstatusgen.chromedriver at other binaries";
    }
}
