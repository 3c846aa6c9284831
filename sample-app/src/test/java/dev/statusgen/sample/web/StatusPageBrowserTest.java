package dev.statusgen.sample.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.statusgen.sample.web.SpecTable.SpecClass;
import dev.statusgen.sample.web.SpecTable.SpecCode;
import dev.statusgen.sample.web.SpecTable.SpecReference;
import dev.statusgen.sample.web.SpecTable.SpecTag;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
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
 * {@code CI=true}, where it fails. Screenshots go to {@code target/}.
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
    private static final Path TARGET = Path.of("target");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String NON_STANDARD = "A non-standard response, possibly custom to the server's software.";

    private static SpecTable spec;
    private static StatusServer server;
    private static ChromeDriver driver;

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
    }

    /** The page must run without a script error or a refused resource; an API's 400 is the only expected error. */
    @AfterEach
    void noErrorsInTheConsole() {
        if (driver == null) {
            return;
        }
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("the server responded with a status of 400"))
                .toList();
        assertEquals(List.of(), errors);
    }

    @Test
    void findsACodeByNumber() throws IOException {
        open("");
        search("404");
        WebElement result = waitForResult("Not Found");
        SpecCode notFound = code(404);
        assertEquals("404 Not Found", result.findElement(By.tagName("h2")).getText());
        assertEquals(
                notFound.description(),
                result.findElement(By.className("description")).getText());
        assertEquals(
                "Client error responses (400 - 499)",
                result.findElement(By.className("meta")).getText());
        WebElement cacheable = result.findElement(By.cssSelector(".badge[data-tag='cacheable']"));
        assertEquals("cacheable", cacheable.getText());
        assertEquals(declared("cacheable"), cacheable.getDomAttribute("title"), "the badge's title says what it means");
        assertEquals(1, results().size());
        screenshot("sample-app-page.png", 1280, 1000, false);
        screenshot("sample-app-page-phone.png", 390, 844, true);
    }

    @Test
    void linksTheReferencesOfACodeToTheirHttpsUrls() {
        open("");
        search("404");
        WebElement references = waitForResult("Not Found").findElement(By.className("references"));
        assertEquals("Defined in RFC 9110, Section 15.5.5", references.getText());
        WebElement link = references.findElement(By.tagName("a"));
        assertEquals("https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5", link.getDomAttribute("href"));
        assertEquals("noopener noreferrer", link.getDomAttribute("rel"));
        assertEquals("_blank", link.getDomAttribute("target"));
        search("510");
        references = waitForResult("Not Extended").findElement(By.className("references"));
        assertEquals("Defined in RFC 2774, status-change-http-experiments-to-historic", references.getText());
        assertEquals(
                List.of("https://www.rfc-editor.org/rfc/rfc2774.html"),
                references.findElements(By.tagName("a")).stream()
                        .map(a -> a.getDomAttribute("href"))
                        .toList(),
                "a reference without a URL is plain text");
    }

    @Test
    void findsACodeByAnyOfItsAliases() {
        open("");
        search("content too large");
        WebElement result = waitForResult("Request Entity Too Large");
        assertEquals(List.of("413 Request Entity Too Large"), titles());
        assertEquals(
                "Also known as Content Too Large, Payload Too Large",
                result.findElement(By.className("aliases")).getText());
        search("Moved Temp");
        new WebDriverWait(driver, TIMEOUT).until(d -> titles().equals(List.of("302 Found")));
    }

    @Test
    void answersACodeTheTableLacksAsTheSeedSays() {
        open("");
        search("299");
        WebElement result = waitForResult("Non-Standard Response");
        assertEquals(
                "299 Non-Standard Response",
                result.findElement(By.tagName("h2")).getText());
        assertEquals(
                NON_STANDARD, result.findElement(By.className("description")).getText());
        assertEquals(
                "Successful responses (200 - 299)",
                result.findElement(By.className("meta")).getText());
        assertEquals("non-standard", result.findElement(By.className("badge")).getText());
        assertTitleIsTheDescription(result.findElement(By.className("badge")));
    }

    @Test
    void findsCodesByPartOfTheirNameWhateverTheCase() {
        open("");
        search("FOUND");
        waitForResult("Not Found");
        List<String> expected = spec.codes().stream()
                .filter(c -> c.name().toLowerCase().contains("found"))
                .map(c -> c.code() + " " + c.name())
                .toList();
        assertEquals(expected, titles());
        search(" teapot");
        new WebDriverWait(driver, TIMEOUT).until(d -> titles().equals(List.of("418 I'm a teapot")));
    }

    @Test
    void showsTheApiErrorForACodeOfNoClass() {
        open("");
        search("600");
        WebElement message = waitFor(By.cssSelector("#results .message"));
        assertEquals("Invalid HTTP status code 600: it is in no status class (100-599)", message.getText());
    }

    @Test
    void showsMarkupAsText() {
        open("");
        String markup = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        search(markup);
        WebElement message = waitFor(By.cssSelector("#results .message"));
        assertEquals("No status code matches \u201c" + markup + "\u201d.", message.getText());
        assertEquals(List.of(), driver.findElements(By.cssSelector("#results script, #results img")));
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
    }

    @Test
    void showsTheWholeTableByClassWithBadgesAndLinks() {
        open("");
        List<WebElement> sections = driver.findElements(By.cssSelector("#table section"));
        assertEquals(spec.classes().size(), sections.size());
        for (int i = 0; i < sections.size(); i++) {
            SpecClass statusClass = spec.classes().get(i);
            WebElement section = sections.get(i);
            assertEquals(
                    statusClass.range() + " " + statusClass.name(),
                    section.findElement(By.tagName("h2")).getText());
            List<String> codes = section.findElements(By.cssSelector("tbody tr")).stream()
                    .map(row -> row.getAttribute("id"))
                    .toList();
            List<String> expected = spec.codes().stream()
                    .filter(c -> statusClass.contains(c.code()))
                    .map(c -> String.valueOf(c.code()))
                    .toList();
            assertEquals(expected, codes, statusClass.id());
        }
        for (SpecCode code : spec.codes()) {
            WebElement row = driver.findElement(By.id(String.valueOf(code.code())));
            assertTrue(row.findElement(By.tagName("a")).getAttribute("href").endsWith("/#" + code.code()));
            List<WebElement> badges = row.findElements(By.className("badge"));
            assertEquals(code.tags(), badges.stream().map(WebElement::getText).toList(), "badges of " + code.code());
            for (WebElement badge : badges) {
                assertTitleIsTheDescription(badge);
            }
            assertEquals(
                    code.tags().contains("deprecated"),
                    row.getAttribute("class").contains("deprecated"));
            List<String> aliases = row.findElements(By.className("aliases")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertEquals(
                    code.aliases().isEmpty()
                            ? List.of()
                            : List.of("Also known as " + String.join(", ", code.aliases())),
                    aliases,
                    "aliases of " + code.code());
            WebElement description = row.findElement(By.cssSelector("td.description"));
            assertTrue(
                    description.getText().startsWith(code.description()),
                    "the description of " + code.code() + ", markup as text");
            List<WebElement> links = description.findElements(By.cssSelector(".references a"));
            assertEquals(
                    code.references().stream()
                            .filter(r -> r.url() != null)
                            .map(SpecReference::url)
                            .toList(),
                    links.stream().map(a -> a.getDomAttribute("href")).toList(),
                    "reference links of " + code.code());
            for (WebElement link : links) {
                assertEquals("noopener noreferrer", link.getDomAttribute("rel"));
            }
        }
        assertEquals(
                List.of(), driver.findElements(By.cssSelector("#table script, #table img, #table dav\\:propstat")));
    }

    @Test
    void showsWhatEachTagMeansAndItsCodes() {
        open("");
        List<WebElement> rows = driver.findElements(By.cssSelector("#tags tbody tr"));
        List<String> ids = new ArrayList<>();
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            WebElement badge = cells.get(0).findElement(By.className("badge"));
            String id = badge.getText();
            ids.add(id);
            assertTitleIsTheDescription(badge);
            assertEquals(badge.getDomAttribute("title"), cells.get(1).getText(), id);
            List<String> codes = cells.get(2).findElements(By.tagName("a")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertEquals(spec.codesTagged(id).stream().map(String::valueOf).toList(), codes, "codes of " + id);
        }
        for (SpecTag tag : spec.tags()) {
            assertTrue(ids.contains(tag.id()), "the declared tag " + tag.id());
        }
        for (SpecCode code : spec.codes()) {
            assertTrue(ids.containsAll(code.tags()), "the tags of " + code.code());
        }
    }

    @Test
    void opensTheCodeOfItsLink() {
        open("#418");
        WebElement row = driver.findElement(By.id("418"));
        new WebDriverWait(driver, TIMEOUT).until(d -> row.getAttribute("class").contains("target"));
        open("#299");
        assertEquals("299", driver.findElement(By.id("search")).getDomProperty("value"));
        waitForResult("Non-Standard Response");
    }

    private static void open(String fragment) {
        driver.get("about:blank");
        driver.get(server.uri() + fragment);
        waitFor(By.cssSelector("body[data-ready='true']"));
    }

    private static void search(String text) {
        WebElement box = driver.findElement(By.id("search"));
        box.clear();
        box.sendKeys(text);
    }

    private static WebElement waitFor(By locator) {
        return new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private static WebElement waitForResult(String name) {
        return waitFor(
                By.xpath("//section[@id='results']/article[.//span[@class='name' and text()=\"" + name + "\"]]"));
    }

    private static List<WebElement> results() {
        return driver.findElements(By.cssSelector("#results article"));
    }

    private static List<String> titles() {
        return results().stream()
                .map(card -> card.findElement(By.tagName("h2")).getText())
                .toList();
    }

    /** A badge's title is the description that the spec declares for its tag, or statusgen's for a built-in one. */
    private static void assertTitleIsTheDescription(WebElement badge) {
        String tag = badge.getText();
        String title = badge.getDomAttribute("title");
        if (spec.tags().stream().anyMatch(t -> t.id().equals(tag))) {
            assertEquals(declared(tag), title, "the title of the badge " + tag);
        } else {
            assertTrue(title != null && !title.isBlank(), "the built-in tag " + tag + " has a title");
        }
    }

    /** The description that the spec declares for {@code tag}. */
    private static String declared(String tag) {
        return spec.tags().stream()
                .filter(t -> t.id().equals(tag))
                .map(SpecTag::description)
                .findFirst()
                .orElseThrow();
    }

    private static SpecCode code(int code) {
        return spec.codes().stream().filter(c -> c.code() == code).findFirst().orElseThrow();
    }

    /** Saves a screenshot of the page, as a desktop or a phone of the given width and height shows it. */
    private static void screenshot(String name, int width, int height, boolean phone) throws IOException {
        Files.createDirectories(TARGET);
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", phone ? 2 : 1, "mobile", phone));
        try {
            Files.copy(
                    driver.getScreenshotAs(OutputType.FILE).toPath(),
                    TARGET.resolve(name),
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
