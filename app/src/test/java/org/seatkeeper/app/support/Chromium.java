package org.seatkeeper.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
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
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) for the browser suite: one per test
 * class, at a chosen viewport width, reading the browser console and saving screenshots under
 * {@code target/browser-screenshots/} for review. Without Chromium installed it fails with how to install it: the
 * suite is never skipped silently.
 */
public final class Chromium implements AutoCloseable {

    public static final int DESKTOP = 1280;
    public static final int PHONE = 390;
    private static final int HEIGHT = 900;
    public static final String HOW_TO_INSTALL = "The browser suite needs Chromium and its driver. On Debian or Ubuntu: "
            + "apt-get install chromium chromium-driver (as root or with sudo; .ci/run does this when they are missing). "
            + "Elsewhere, install Chromium and a matching chromedriver and pass their paths with "
            + "-Dseatkeeper.chromium=/path/to/chromium -Dseatkeeper.chromedriver=/path/to/chromedriver.";

    private final ChromeDriver driver;
    private final Path screenshots;

    private Chromium(ChromeDriver driver, Path screenshots) {
        this.driver = driver;
        this.screenshots = screenshots;
    }

    /** Starts the browser; screenshots go to {@code target/browser-screenshots/<folder>}. */
    public static Chromium start(String folder) {
        Path browser = find("seatkeeper.chromium", "chromium", "chromium-browser", "google-chrome")
                .orElseThrow(() -> new IllegalStateException("Chromium was not found. " + HOW_TO_INSTALL));
        Path driverBinary = find("seatkeeper.chromedriver", "chromedriver")
                .orElseThrow(() -> new IllegalStateException("chromedriver was not found. " + HOW_TO_INSTALL));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--lang=en-US", "--window-size=" + DESKTOP + "," + HEIGHT);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverBinary.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Path screenshots = Path.of("target", "browser-screenshots", folder);
        try {
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Chromium(driver, screenshots);
    }

    /** The binary named by the system property, else the first of the names found on the PATH. */
    private static Optional<Path> find(String property, String... names) {
        String given = System.getProperty(property);
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given)).filter(Files::isExecutable);
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        return Stream.of(names).flatMap(name -> Stream.of(path.split(java.io.File.pathSeparator))
                        .map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst();
    }

    public WebDriver driver() {
        return driver;
    }

    /** Sets the viewport to this CSS width (a phone is 390, a laptop 1280). */
    public void width(int pixels) {
        driver.manage().window().setSize(new Dimension(pixels, HEIGHT));
        long inner = number("return window.innerWidth");
        if (inner != pixels) {
            // the window has borders in some builds: grow it by the difference so the viewport is what was asked
            driver.manage().window().setSize(new Dimension((int) (2L * pixels - inner), HEIGHT));
        }
    }

    public long viewportWidth() {
        return number("return document.documentElement.clientWidth");
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** The page's text as shown, read at once (a page that reloads itself cannot leave a stale element behind). */
    public String text() {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.body.innerText");
    }

    /** The text of the element with this id, read at once; empty when there is none. */
    public String textOf(String id) {
        Object text = ((JavascriptExecutor) driver).executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e.innerText : ''", id);
        return text == null ? "" : text.toString();
    }

    /**
     * Clicks a link or a submit button and waits until the next page has loaded: the old page gone (its root element
     * stale) and the new one complete. The wait is for the page, not for time: it ends as soon as the page is there.
     */
    public void clickToNextPage(WebElement element) {
        WebElement oldRoot = driver.findElement(By.tagName("html"));
        element.click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.stalenessOf(oldRoot));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** How many CSS pixels the page is wider than the viewport (0: nothing needs a horizontal scroll). */
    public long horizontalOverflow() {
        return number("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
                + " - document.documentElement.clientWidth");
    }

    /** The elements sticking out of the viewport on the right, as tag#id.class, for a readable failure. */
    @SuppressWarnings("unchecked")
    public List<String> elementsPastTheRightEdge() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const width = document.documentElement.clientWidth, found = [];
                for (const e of document.body.querySelectorAll('*')) {
                  const box = e.getBoundingClientRect();
                  if (box.right > width + 1 && box.width > 0) {
                    found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                      + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                      + ' right=' + Math.round(box.right));
                  }
                  if (found.length >= 8) break;
                }
                return found;""");
    }

    /** Table cells of dates and ids (td.date, td.id) that wrap onto a second line, as "text (n lines)". */
    @SuppressWarnings("unchecked")
    public List<String> wrappedDatesAndIds() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const found = [];
                for (const cell of document.querySelectorAll('td.date, td.id')) {
                  const range = document.createRange();
                  range.selectNodeContents(cell);
                  const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top))).size;
                  if (lines > 1) found.push(cell.innerText.trim() + ' (' + lines + ' lines)');
                }
                return found;""");
    }

    /** The console's errors since the last call (each call drains the browser's log). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Saves what the browser shows now as {@code <name>.png}, for a person to review. */
    public Path screenshot(String name) {
        Path target = screenshots.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
        try {
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private long number(String script) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(script)).longValue();
    }


    @Override
    public void close() {
        driver.quit();
    }
}
