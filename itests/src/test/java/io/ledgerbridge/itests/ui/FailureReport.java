package io.ledgerbridge.itests.ui;

import java.util.function.Supplier;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;
import org.openqa.selenium.By;

/**
 * What a failed browser step leaves behind: a screenshot named after the step, and the page's address, text and
 * console with the distribution's log on standard output (the suite's fields are static and set once it runs).
 */
final class FailureReport extends TestWatcher {
    private final String prefix;
    private final Supplier<Browser> browser;
    private final Supplier<UiDistribution> dist;

    FailureReport(String prefix, Supplier<Browser> browser, Supplier<UiDistribution> dist) {
        this.prefix = prefix;
        this.browser = browser;
        this.dist = dist;
    }

    @Override
    protected void failed(Throwable e, Description d) {
        Browser b = browser.get();
        if (b == null) {
            return;
        }
        b.screenshot("FAILED-" + prefix + d.getMethodName());
        System.out.println("FAILED at " + b.driver.getCurrentUrl() + "\n"
                + b.driver.findElement(By.tagName("body")).getText() + "\nconsole: " + b.console()
                + "\nKaraf log: " + (dist.get() == null ? "-" : dist.get().log()));
    }
}
