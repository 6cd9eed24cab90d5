package io.ledgerbridge.itests.ui;

import io.ledgerbridge.itests.Await;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium (the Debian packages chromium + chromium-driver) driven by Selenium, with bounded waits that
 * poll a condition (never a fixed sleep), screenshots under {@code target/screenshots} and the browser console.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
    /** Seconds a single step may take before the test fails, naming the step. */
    static final int STEP_SECONDS = 30;

    final ChromeDriver driver;
    private final List<String> console = new ArrayList<>();

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    static Browser start(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--disable-background-networking",
                "--window-size=" + width + "," + height,
                "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        Browser b = new Browser(new ChromeDriver(service, options));
        b.driver.manage().window().setSize(new Dimension(width, height));
        return b;
    }

    /** Removes the screenshots of an earlier run, so the folder shows this run only. */
    /** Opens the UI once it is served (its servlet registers shortly after the API answers). */
    void openWhenServed(String url) {
        waitFor("the UI is served at " + url, 60, () -> {
            open(url);
            return present("input[name=user]");
        });
    }

    void open(String url) {
        driver.get(url);
    }

    /** Waits until the condition holds; WebDriver hiccups (an element replaced meanwhile) count as "not yet". */
    void waitFor(String what, int seconds, BooleanSupplier condition) {
        try {
            Await.until(what, seconds, () -> {
                try {
                    return condition.getAsBoolean();
                } catch (WebDriverException notYet) {
                    return false;
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    void waitFor(String what, BooleanSupplier condition) {
        waitFor(what, STEP_SECONDS, condition);
    }

    /** The first visible element matching the selector, waiting for it to appear. */
    WebElement find(String css) {
        WebElement[] found = new WebElement[1];
        waitFor("element " + css + " shown", () -> {
            found[0] = driver.findElements(By.cssSelector(css)).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    void click(String css) {
        WebElement e = find(css);
        waitFor(css + " enabled", e::isEnabled);
        e.click();
    }

    /** Scrolls the element to the top of the window (below the sticky header), e.g. for a screenshot. */
    void scrollTo(String css) {
        js("arguments[0].scrollIntoView({block: 'start'})", find(css));
    }

    /** Chooses the option with this value of a select (as a click on it, the way a person chooses). */
    void choose(String selectCss, String value) {
        click(selectCss + " option[value='" + value + "']");
        waitFor(
                selectCss + " is '" + value + "'",
                () -> value.equals(find(selectCss).getAttribute("value")));
    }

    void type(String css, String text) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(text);
    }

    String text(String css) {
        return find(css).getText();
    }

    /** The text of the first element matching the selector now, or "" when there is none (no waiting). */
    String textNow(String css) {
        List<WebElement> all = driver.findElements(By.cssSelector(css));
        return all.isEmpty() ? "" : all.get(0).getText();
    }

    /** Waits until the element's text contains the words. */
    String waitForText(String css, String words) {
        return waitForText(css, words, STEP_SECONDS);
    }

    String waitForText(String css, String words, int seconds) {
        String[] last = {""};
        try {
            waitFor(css + " says '" + words + "'", seconds, () -> {
                List<WebElement> all = driver.findElements(By.cssSelector(css));
                last[0] = all.isEmpty() ? "(no such element)" : all.get(0).getText();
                return last[0].contains(words);
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; it says: " + last[0], e);
        }
        return last[0];
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new AssertionError("cannot save screenshot " + name, e);
        }
    }

    /** The browser console so far (each read drains Chromium's buffer, so it is collected here). */
    List<String> console() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            console.add(entry.getLevel() + " " + entry.getMessage());
        }
        return List.copyOf(console);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
