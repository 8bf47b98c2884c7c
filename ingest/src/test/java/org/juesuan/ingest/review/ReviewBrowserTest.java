package org.juesuan.ingest.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reviewer's round trip in real headless Chromium (Debian's chromium and chromium-driver): upload
 * a real disclosure on the upload page, open it, see its findings, dismiss one with a reason,
 * upload the file again, and see the dismissal kept on the new version.
 */
class ReviewBrowserTest {
    private static final Path REAL_PDF = Path.of(System.getProperty("juesuan.shared", "../../shared"), "real",
            "putuo-finance-bureau-2024.pdf").toAbsolutePath().normalize();

    @TempDir
    Path data;
    @TempDir
    Path profile;
    private RunningReviewServer app;
    private WebDriver browser;

    @BeforeEach
    void start() throws Exception {
        Path chromium = Path.of(System.getProperty("juesuan.chromium", "/usr/bin/chromium"));
        Path driver = Path.of(System.getProperty("juesuan.chromedriver", "/usr/bin/chromedriver"));
        assertTrue(Files.isExecutable(chromium) && Files.isExecutable(driver),
                "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        app = new RunningReviewServer(data, null, 1);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aDismissalOutlivesTheReupload() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofMinutes(4));
        openUploaded(wait);
        WebElement first = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.finding[data-decision=open]")));
        assertTrue(browser.findElements(By.cssSelector("article.finding")).size() >= 5, "the real PDF's findings are shown");
        String fingerprint = first.getAttribute("data-fingerprint");
        first.findElement(By.cssSelector("textarea.note")).sendKeys("误报：尾差在四舍五入范围内");
        first.findElement(By.cssSelector("button.dismiss")).click();
        String card = "article.finding[data-fingerprint='" + fingerprint + "']";
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(card + "[data-decision=dismissed]")));

        openUploaded(wait);
        WebElement again = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(card)));
        assertEquals("dismissed", again.getAttribute("data-decision"));
        assertEquals("已驳回", again.findElement(By.cssSelector(".decision")).getText());
        assertEquals("仍存在", again.findElement(By.cssSelector(".trend")).getText());
        assertTrue(again.findElement(By.cssSelector(".reason")).getText().contains("误报：尾差在四舍五入范围内"));
    }

    /** Uploads the real PDF through the page's file input and follows the link to its document once read. */
    private void openUploaded(WebDriverWait wait) {
        browser.get(app.uri("/").toString());
        browser.findElement(By.id("file")).sendKeys(REAL_PDF.toString());
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#uploads a.uploaded.status-done")));
        String href = link.getAttribute("href");
        link.click();
        wait.until(ExpectedConditions.urlToBe(href));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#summary h1")));
    }
}
