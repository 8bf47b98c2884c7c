package org.juesuan.ingest.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.juesuan.ingest.ChildJvm;
import org.juesuan.ingest.process.CrossYearStage;
import org.juesuan.ingest.process.RunReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * batch over an archive holding one bureau's 2023 and 2024 final accounts: the 2024 document's results
 * carry the cross-year finding and the run's CSV lists it; comparing the folder again does not add it twice.
 * By hand: 2024 says 机关运行经费 184.65万元, 比2023年度增加2.55万元 → 2023 was 182.10万元, but the 2023
 * document says 190.00万元 (an error); 3100.00 − 47.66 = 3052.34 = 2023's 收入、支出总计 (consistent).
 */
class CrossYearBatchTest {
    private static final String Y2023 = String.join("\n",
            "上海市普陀区示例局2023年度部门决算",
            "第三部分 2023年度部门决算情况说明",
            "一、收入支出决算总体情况说明",
            "2023年度收入、支出总计均为3052.34万元。",
            "二、其他重要事项的情况说明",
            "（一）机关运行经费支出情况",
            "2023年度本部门机关运行经费支出190.00万元。", "");
    private static final String Y2024 = String.join("\n",
            "普陀区示例局2024年度部门决算",
            "第三部分 2024年度部门决算情况说明",
            "一、收入支出决算总体情况说明",
            "2024年度收入、支出总计均为3100.00万元。与2023年度相比，收入支出总计增加47.66万元，增长1.56%。",
            "二、其他重要事项的情况说明",
            "（一）机关运行经费支出情况",
            "机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。", "");

    @Test
    void theLaterYearGetsItsCrossYearFindingOnce(@TempDir Path root) throws Exception {
        Path tree = Files.createDirectories(root.resolve("archive"));
        Files.writeString(tree.resolve("bureau-2023.txt"), Y2023, StandardCharsets.UTF_8);
        Files.writeString(tree.resolve("bureau-2024.txt"), Y2024, StandardCharsets.UTF_8);
        Path out = root.resolve("out");
        String[] args = {"batch", tree.toString(), "--out", out.toString(), "-s", "parallelism=1",
                "-s", "document.max-heap-megabytes=256"};

        Process batch = ChildJvm.start(root.resolve("batch.log"), "256m", args);
        assertTrue(batch.waitFor(5, TimeUnit.MINUTES), "batch finished");
        assertEquals(0, batch.exitValue(), Files.readString(root.resolve("batch.log")));
        for (int run = 1; run <= 2; run++) {
            if (run == 2) { // as a batch re-run does after skipping both documents
                assertEquals(1, new CrossYearStage(out).run().size());
                RunReports reports = new RunReports(out);
                reports.collectFolder();
                reports.write();
            }

            List<JsonNode> crossYear = crossYearFindings(out.resolve("bureau-2024.txt.json"));
            assertEquals(1, crossYear.size(), "run " + run + ": " + crossYear);
            JsonNode finding = crossYear.get(0);
            assertEquals("ERROR", finding.get("severity").asText());
            assertEquals("182.10万元", finding.get("stated").asText());
            assertEquals("190.00万元", finding.get("expected").asText());
            assertTrue(finding.get("message").asText().contains("bureau-2023.txt"), finding.toString());
            assertTrue(finding.at("/evidence/sentence").asText().contains("比2023年度增加2.55万元"), finding.toString());
            assertEquals(List.of(), crossYearFindings(out.resolve("bureau-2023.txt.json")), "the earlier year has none");
            String csv = Files.readString(out.resolve("findings.csv"), StandardCharsets.UTF_8);
            assertTrue(csv.contains("bureau-2024.txt"), csv);
            assertEquals(1, csv.lines().filter(line -> line.contains("cross-year")).count(), csv);
            assertTrue(Files.readString(out.resolve("bureau-2024.txt.html"), StandardCharsets.UTF_8).contains("上年数与上年文件不符"));
        }
    }

    private static List<JsonNode> crossYearFindings(Path result) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        JsonMapper.builder().build().readTree(result.toFile()).get("findings").forEach(f -> {
            if (f.get("ruleId").asText().equals("cross-year")) {
                found.add(f);
            }
        });
        return found;
    }
}
