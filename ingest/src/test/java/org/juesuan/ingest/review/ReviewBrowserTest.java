package org.juesuan.ingest.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reviewer's round trip in real headless Chromium (Debian's chromium and chromium-driver): log in
 * on the login page, upload a real disclosure on the upload page, open it, see its findings, dismiss
 * one with a reason (the page's call carries the session's CSRF token), upload the file again, and
 * see the dismissal kept on the new version. And a document's markup stays text on the pages; a cross-year
 * finding's link opens the other year; an admin creates a reviewer on the users page, who is refused that page.
 */
class ReviewBrowserTest {
    private static final Path SEED = Path.of(System.getProperty("juesuan.root", ".."), "corpus", "seed", "seed.txt");
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
        logIn(wait, "/");
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
        assertTrue(again.findElement(By.cssSelector(".reason")).getText().contains(RunningReviewServer.ADMIN),
                "the decision names the logged-in user");
    }

    @Test
    void aDocumentsMarkupStaysTextOnThePages() throws Exception {
        String payload = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>";
        String seed = Files.readString(SEED).replaceFirst("区委巡察办承担", "区委巡察办" + payload + "承担");
        String name = "<img src=x onerror=window.__xss=3>.txt";
        HttpResponse<String> uploaded = app.upload(name, seed.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        long id = new ObjectMapper().readTree(uploaded.body()).path("id").asLong();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofMinutes(2));
        logIn(wait, "/document.html?id=" + id);
        WebElement summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#summary p")));
        assertTrue(summary.getText().contains(name), "the file name is shown as the text it is: " + summary.getText());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.finding")));
        browser.get(app.uri("/").toString());
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rows tr[data-id='" + id + "']")));
        assertTrue(row.getText().contains(name), row.getText());
        assertTrue(browser.findElements(By.cssSelector("#rows img, #summary img")).isEmpty(), "no element made from the text");
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.__xss === undefined"),
                "nothing from the document ran");
    }

    @Test
    void aCrossYearFindingLinksTheOtherYearAndOnlyAnAdminManagesUsers() throws Exception {
        // Two small final-accounts texts of one bureau: 2024 implies 27 receptions' 人次 in 2023, 2023 stated 26.
        long previous = uploaded("example-2023.txt", threePublic(2023, "列明公务接待2批次、26人次。"));
        long current = uploaded("example-2024.txt", threePublic(2024, "列明公务接待3批次；接待30人次，比上年增加3人次。"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofMinutes(2));
        logIn(wait, "/document.html?id=" + current);
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("article.finding a.other-document")));
        assertEquals("查看对照的上年文件", link.getText());
        link.click();
        wait.until(ExpectedConditions.urlToBe(app.uri("/document.html?id=" + previous).toString()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#summary"), "example-2023.txt"));

        browser.get(app.uri("/users.html").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rows tr")));
        browser.findElement(By.id("name")).sendKeys("审核员甲");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("role"))).selectByValue("reviewer");
        browser.findElement(By.id("password")).sendKeys("审核员-密码-123");
        browser.findElement(By.id("password")).submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rows tr[data-name='审核员甲']")));

        browser.manage().deleteAllCookies();
        logIn(wait, "/", "审核员甲", "审核员-密码-123");
        Object status = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch('/users.html').then(r => done(r.status));");
        assertEquals(403L, status, "the reviewer's own session is refused the admin page");
    }

    /** A small final-accounts text whose 三公 explanation says {@code sentence}. */
    private static byte[] threePublic(int year, String sentence) {
        return String.join("\n", "上海市普陀区示例局" + year + "年度部门决算", "第三部分 " + year + "年度部门决算情况说明",
                "一、收入支出决算总体情况说明", year + "年度收入、支出总计均为100.00万元。", "七、财政拨款“三公”经费支出决算情况说明",
                "（二）“三公”经费财政拨款支出决算具体情况说明。", sentence, "八、政府性基金预算财政拨款收入支出决算情况说明",
                "本部门无政府性基金预算财政拨款收入和支出。", "")
                .getBytes(StandardCharsets.UTF_8);
    }

    private long uploaded(String name, byte[] content) throws Exception {
        HttpResponse<String> answer = app.upload(name, content);
        assertEquals(201, answer.statusCode(), answer.body());
        return new ObjectMapper().readTree(answer.body()).path("id").asLong();
    }

    /** Opens the path, is sent to the login page, logs in as the test admin and lands back on the path. */
    private void logIn(WebDriverWait wait, String path) {
        logIn(wait, path, RunningReviewServer.ADMIN, RunningReviewServer.ADMIN_PASSWORD);
    }

    private void logIn(WebDriverWait wait, String path, String name, String password) {
        browser.get(app.uri(path).toString());
        wait.until(ExpectedConditions.urlContains("/login.html"));
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.urlToBe(app.uri(path).toString()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user"), name));
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
