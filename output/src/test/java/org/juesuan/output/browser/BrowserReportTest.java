package org.juesuan.output.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;
import org.juesuan.output.ReportFolder;
import org.juesuan.output.json.DisclosureJson;
import org.juesuan.output.report.HtmlReportTest;
import org.juesuan.output.report.SampleDisclosures;
import org.juesuan.output.run.DocumentSummary;
import org.juesuan.output.run.RunSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Opens the reports in headless Chromium from file:// URLs and drives them over the DevTools
 * Protocol: findings visible, filters hide and show, links scroll to the sentence, injected markup
 * stays text. Screenshots go to target/screenshots/. Skipped (not failed) where no Chromium is
 * installed; .ci/run installs one.
 */
@Timeout(90)
class BrowserReportTest {
    private static final Path TARGET = Path.of("target");
    private static final Path SCREENSHOTS = TARGET.resolve("screenshots");
    private static Path folder;
    private static Disclosure bureau;
    private static Disclosure accounts;
    private static Chromium chromium;
    private DevToolsSession page;

    @BeforeAll
    static void writeReportsAndStartChromium() throws Exception {
        Optional<Path> binary = Chromium.find();
        if (binary.isEmpty() && System.getenv("CI") != null) {
            throw new IllegalStateException("CI installs chromium (.ci/run); the browser test must not be skipped there");
        }
        Assumptions.assumeTrue(binary.isPresent(), "no chromium on the PATH (set -Djuesuan.chromium=…)");
        folder = Files.createDirectories(TARGET.resolve("browser-reports")).toAbsolutePath();
        ReportFolder reports = new ReportFolder(folder);
        bureau = SampleDisclosures.bureau();
        List<DocumentSummary> documents = new ArrayList<>();
        documents.add(reports.writeDocument(bureau));
        documents.add(reports.writeDocument(SampleDisclosures.quiet()));
        accounts = SampleDisclosures.accounts();
        reports.writeDocument(accounts);
        reports.writeRun(new RunSummary(documents, HtmlReportTest.run().failures()));
        chromium = Chromium.start(binary.get(), Files.createDirectories(TARGET).resolve("chromium.log"));
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void openPage() throws Exception {
        page = chromium.openPage();
        page.call("Runtime.enable", Map.of());
        page.call("Page.enable", Map.of());
    }

    @AfterEach
    void closePage() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    void everyFindingIsVisibleAndInjectedMarkupStaysText() throws Exception {
        open(bureau.document().sourceName() + ".html");
        for (Finding finding : bureau.findings()) {
            assertTrue(visible("#finding-" + finding.id()), finding.id() + " is visible");
            assertTrue(page.eval(element("#finding-" + finding.id()) + ".innerText.includes(" + DevToolsSession.quote(finding.message()) + ")")
                    .asBoolean(), finding.id() + " shows its message");
        }
        assertEquals("undefined", page.eval("typeof window.__pwned").asText(), "the injected script did not run");
        assertTrue(page.eval("document.body.innerText.includes(" + DevToolsSession.quote(SampleDisclosures.INJECTED) + ")").asBoolean(),
                "the injected script shows as text");
        assertTrue(page.eval("document.body.innerText.includes('<b>加粗</b>')").asBoolean(), "the injected <b> shows as text");
        assertEquals(0, page.eval("document.querySelectorAll('main b:not(li.finding b)').length").asInt(), "no injected <b> element");
        assertEquals(1, page.eval("document.scripts.length").asInt(), "only the report's own script");
        assertEquals("显示 9 / 9 条", page.eval("document.getElementById('shown').textContent").asText(), "the script ran");
        page.screenshot(SCREENSHOTS.resolve("report-top.png"));
        assertEquals(List.of(), page.exceptions());
    }

    @Test
    void severityAndRuleFiltersHideAndShowFindings() throws Exception {
        open(bureau.document().sourceName() + ".html");
        page.click("input[data-filter=severity][value=ERROR]");
        page.await(() -> page.evalQuietly(element("#finding-k1") + ".hidden"), "errors hidden");
        for (Finding finding : bureau.findings()) {
            assertEquals(finding.severity() != Severity.ERROR, visible("#finding-" + finding.id()), finding.id());
        }
        assertEquals("显示 6 / 9 条", page.eval("document.getElementById('shown').textContent").asText());
        page.eval("window.scrollTo(0, 0)");
        page.screenshot(SCREENSHOTS.resolve("report-errors-filtered-out.png"));
        page.click("input[data-filter=severity][value=ERROR]");
        page.await(() -> !page.evalQuietly(element("#finding-k1") + ".hidden"), "errors shown again");
        page.click("input[data-filter=rule][value=change-rate]");
        page.await(() -> page.evalQuietly(element("#finding-k1") + ".hidden"), "change-rate hidden");
        for (Finding finding : bureau.findings()) {
            assertEquals(!finding.ruleId().equals("change-rate"), visible("#finding-" + finding.id()), finding.id());
        }
        page.click("input[data-filter=rule][value=change-rate]");
        page.await(() -> page.evalQuietly("[...document.querySelectorAll('li.finding')].every(f => !f.hidden)"), "all shown");
    }

    @Test
    void aFindingsLinkScrollsToItsSentence() throws Exception {
        open(bureau.document().sourceName() + ".html");
        Finding last = bureau.findings().stream().filter(f -> f.ruleId().equals("share")).findFirst().orElseThrow();
        String target = "#ev-" + last.id();
        assertFalse(inViewport(target), "the sentence starts out of view");
        page.click("#finding-" + last.id() + " a.goto");
        page.await(() -> page.evalQuietly("location.hash === " + DevToolsSession.quote(target)), "navigation to " + target);
        page.await(() -> inViewport(target), target + " in the viewport");
        assertTrue(page.eval("window.scrollY > 500").asBoolean(), "the page scrolled");
        assertTrue(page.eval(element(target) + ".parentElement.innerText.includes('占采购总额的83.3%')").asBoolean(),
                "the anchor sits in the sentence's block");
        page.screenshot(SCREENSHOTS.resolve("report-link-target.png"));
        page.call("Emulation.setEmulatedMedia", Map.of("media", "print"));
        page.eval("window.scrollTo(0, 0)");
        page.screenshot(SCREENSHOTS.resolve("report-print.png"));
    }

    @Test
    void indexSortsFiltersAndShowsFailuresAsText() throws Exception {
        open(ReportFolder.INDEX);
        int documents = page.eval("document.querySelectorAll('#documents tbody tr').length").asInt();
        assertTrue(documents >= 2);
        assertTrue(page.eval("document.body.innerText.includes('<img src=x onerror=alert(1)>.txt')").asBoolean());
        assertEquals(0, page.eval("document.querySelectorAll('main img').length").asInt());
        assertEquals(5, page.eval("document.querySelectorAll('#chart rect').length").asInt(), "one bar per rule");
        page.click("#documents th:nth-child(5) button");
        page.await(() -> page.evalQuietly("document.querySelector('#documents th:nth-child(5)').getAttribute('aria-sort') === 'ascending'"),
                "sorted by errors");
        assertEquals("quiet.docx", firstRowFile());
        page.click("#documents th:nth-child(5) button");
        page.await(() -> page.evalQuietly("document.querySelector('#documents th:nth-child(5)').getAttribute('aria-sort') === 'descending'"),
                "sorted by errors, descending");
        page.screenshot(SCREENSHOTS.resolve("index.png"));
        page.click("#filter");
        page.call("Input.insertText", Map.of("text", "quiet"));
        page.await(() -> page.evalQuietly("[...document.querySelectorAll('#documents tbody tr')].filter(r => !r.hidden).length === 1"),
                "filtered to one row");
        assertEquals("quiet.docx", page.eval("[...document.querySelectorAll('#documents tbody tr')].find(r => !r.hidden).cells[0].innerText").asText());
        page.click("#documents tbody tr:not([hidden]) a");
        page.await(() -> page.evalQuietly("location.href.endsWith('quiet.docx.html') && document.readyState === 'complete'"),
                "the link opens the report");
        assertEquals(List.of(), page.exceptions());
    }

    /**
     * The tables view of a document with read tables: merged cells as rowspan / colspan, header rows
     * as header cells, numbers right-aligned, cited cells highlighted by severity; the link of a
     * finding brings its cell, far down and to the right of a wide table, into view by scrolling the
     * page and the table's own box (never the page sideways), and the cell links back to the finding.
     */
    @Test
    void aTableFindingsLinkScrollsItsHighlightedCellIntoView() throws Exception {
        page.call("Emulation.setDeviceMetricsOverride", Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        open(accounts.document().sourceName() + ".html");
        page.screenshot(SCREENSHOTS.resolve("tables-top.png"));
        assertEquals(accounts.tables().size(), page.eval("document.querySelectorAll('section.table-card').length").asInt());
        String far = "#cell-t2-r32-c20";
        Finding rate = accounts.findings().stream().filter(f -> f.cells().contains(SampleDisclosures.FAR_CELL)).findFirst().orElseThrow();
        assertEquals(3, page.eval(element("#cell-t2-r1-c1") + ".colSpan").asInt(), "科目编码 spans 类 款 项");
        assertEquals(2, page.eval(element("#cell-t2-r1-c4") + ".rowSpan").asInt(), "科目名称 spans both header rows");
        assertEquals(3, page.eval(element("#cell-t2-r3-c1") + ".rowSpan").asInt(), "the 类 201 spans three body rows");
        assertEquals("TH", page.eval(element("#cell-t2-r2-c6") + ".tagName").asText(), "header rows are header cells");
        assertEquals("right", page.eval("getComputedStyle(" + element("#cell-t2-r3-c5") + ").textAlign").asText(), "numbers right-aligned");
        assertTrue(page.eval(element(far) + ".classList.contains('cited-error')").asBoolean(), "the cited cell is marked as an error");
        assertTrue(page.eval(element("#table-t2") + ".innerText.includes('第3–4页')").asBoolean(), "the table's pages");
        assertTrue(page.eval("[...document.querySelectorAll('#table-t2 tr.page-break')].some(r => r.innerText.includes('第4页'))").asBoolean(),
                "a 第4页 row where the table runs onto page 4");
        assertTrue(page.eval(element("#table-t3") + ".innerText.includes('未能可靠读出此表')").asBoolean(), "the untrusted table says so");
        assertTrue(page.eval(element("#table-t3") + ".innerText.includes('列数与表头不符')").asBoolean(), "with its reading notes");
        assertEquals(9, page.eval("document.querySelectorAll('nav ul.tables li:not(.other)').length").asInt(), "the nine in the navigation");
        assertEquals(6, page.eval("document.querySelectorAll('nav ul.tables li.missing').length").asInt(), "six of them not found");
        assertFalse(inViewport(far), "the cell starts out of view");
        assertTrue(page.eval("(() => { const b = " + element("#table-t2 .table-scroll") + "; return b.scrollWidth > b.clientWidth; })()")
                .asBoolean(), "the wide table is wider than its box");
        page.eval(element("#table-t2") + ".scrollIntoView()");
        page.screenshot(SCREENSHOTS.resolve("tables-wide.png"));
        page.click("#finding-" + rate.id() + " a.cell-link");
        page.await(() -> page.evalQuietly("location.hash === " + DevToolsSession.quote(far)), "navigation to the cell");
        page.await(() -> inViewport(far) && page.evalQuietly("(() => { const r = " + element(far)
                + ".getBoundingClientRect(); return r.left >= 0 && r.right <= window.innerWidth; })()"), "the cell in view");
        assertTrue(page.eval(element("#table-t2 .table-scroll") + ".scrollLeft > 0").asBoolean(), "the table's box scrolled sideways");
        assertTrue(page.eval("document.documentElement.scrollWidth <= window.innerWidth").asBoolean(), "the page itself does not scroll sideways");
        page.screenshot(SCREENSHOTS.resolve("tables-cell-target.png"));
        page.click(far + " a.ref[href='#finding-" + rate.id() + "']");
        page.await(() -> inViewport("#finding-" + rate.id()), "the cell links back to its finding");
        page.call("Emulation.setEmulatedMedia", Map.of("media", "print"));
        page.eval(element("#tables") + ".scrollIntoView()");
        page.screenshot(SCREENSHOTS.resolve("tables-print.png"));
        assertEquals(List.of(), page.exceptions());
    }

    /**
     * The seed's own model with its findings (seed.docx.json beside this test, as {@code ./juesuan check
     * corpus/seed/seed.docx} writes it; another model may be given with -Djuesuan.seedJson=PATH):
     * every finding is visible, the severity filter hides the errors, a finding's link reaches its
     * sentence.
     */
    @Test
    void theSeedsFindingsAreAllVisibleAndReachTheirSentences() throws Exception {
        Disclosure seed = seed();
        assertTrue(seed.findings().size() >= 20, "the seed's model carries its findings");
        Path seedFolder = Files.createDirectories(folder.resolve("seed"));
        new ReportFolder(seedFolder).writeDocument(seed);
        page.navigate(seedFolder.resolve(seed.document().sourceName() + ".html").toUri().toString());
        assertEquals(seed.blocks().size(), page.eval("document.querySelectorAll('section.text .block').length").asInt());
        for (Finding finding : seed.findings()) {
            assertTrue(visible("#finding-" + finding.id()), finding.id() + " " + finding.message());
        }
        page.screenshot(SCREENSHOTS.resolve("seed-report.png"));
        page.click("input[data-filter=severity][value=ERROR]");
        for (Finding finding : seed.findings()) {
            assertEquals(finding.severity() != Severity.ERROR, visible("#finding-" + finding.id()), finding.id());
        }
        page.click("input[data-filter=severity][value=ERROR]");
        Finding last = seed.findings().get(seed.findings().size() - 1);
        page.click("#finding-" + last.id() + " a.goto");
        page.await(() -> inViewport("#ev-" + last.id()), "the link scrolls to the sentence of " + last.id());
        assertEquals(List.of(), page.exceptions());
    }

    private void open(String file) throws Exception {
        page.navigate(folder.resolve(file).toUri().toString());
    }

    private String firstRowFile() throws Exception {
        return page.eval("document.querySelector('#documents tbody tr').cells[0].innerText").asText();
    }

    private boolean visible(String selector) throws Exception {
        return page.eval("(() => { const e = document.querySelector(" + DevToolsSession.quote(selector) + ");"
                + " return !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'; })()").asBoolean();
    }

    private boolean inViewport(String selector) {
        return page.evalQuietly("(() => { const r = " + element(selector) + ".getBoundingClientRect();"
                + " return r.top >= 0 && r.top < window.innerHeight; })()");
    }

    private static String element(String selector) {
        return "document.querySelector(" + DevToolsSession.quote(selector) + ")";
    }

    private static Disclosure seed() throws Exception {
        String path = System.getProperty("juesuan.seedJson", "");
        if (!path.isBlank()) {
            return new DisclosureJson().read(Path.of(path));
        }
        Path bundled = Path.of(BrowserReportTest.class.getResource("seed.docx.json").toURI());
        return new DisclosureJson().read(bundled);
    }
}
