package org.juesuan.ingest.generated;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a corpus of generated disclosures, each in its own folder beside its
 * {@code expected-findings.tsv}: random but consistent figures, varied phrasings, and the defects
 * injected into it — nothing else. Deterministic for a seed.
 */
final class GeneratedCorpus {
    /** One document in six is clean; the others carry two defects, taken in turn from every kind. */
    private static final int CLEAN_EVERY = 6;
    private static final List<String> CITIES = List.of("广元市朝天区", "成都市青羊区", "南京市鼓楼区", "杭州市西湖区", "长沙市岳麓区", "西安市雁塔区",
            "昆明市五华区", "贵阳市云岩区");
    private static final List<String> OFFICES = List.of("财政局", "审计局", "民政局", "司法局", "统计局", "档案馆", "人民政府办公室", "农业农村局");

    private final long seed;

    GeneratedCorpus(long seed) {
        this.seed = seed;
    }

    /** Writes {@code count} documents under {@code folder}, alternately .docx and .txt. */
    List<Path> write(Path folder, int count) throws IOException {
        Random random = new Random(seed);
        List<Defect> turn = new ArrayList<>(List.of(Defect.values()));
        int next = 0;
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Set<Defect> defects = EnumSet.noneOf(Defect.class);
            if (i % CLEAN_EVERY != 0) {
                for (int tries = 0; defects.size() < 2 && tries < turn.size(); tries++) {
                    Defect candidate = turn.get(next++ % turn.size());
                    if (defects.stream().noneMatch(candidate::clashesWith)) {
                        defects.add(candidate);
                    }
                }
            }
            written.add(writeOne(folder, i, new Random(random.nextLong()), defects));
        }
        return written;
    }

    private Path writeOne(Path folder, int index, Random random, Set<Defect> defects) throws IOException {
        Draft draft = draft(random, defects);
        Accounts accounts = Accounts.sample(draft);
        FrameWriter frame = new FrameWriter(draft, accounts);
        frame.title();
        frame.overview();
        draft.part("第二部分 " + draft.year + "年度部门决算情况说明");
        new AccountsWriter(draft, accounts).write();
        new ThreePublicWriter(draft, accounts).write();
        new MattersWriter(draft, accounts).write();
        frame.glossary();
        if (defects.contains(Defect.RESTATED_FIGURE) || random.nextBoolean()) {
            frame.attachment();
        }
        Path documentFolder = Files.createDirectories(folder.resolve(String.format("g%03d", index)));
        boolean word = index % 2 == 0;
        Path document = documentFolder.resolve(word ? "disclosure.docx" : "disclosure.txt");
        if (word) {
            DisclosureFiles.writeDocx(draft.paragraphs(), document);
        } else {
            DisclosureFiles.writeText(draft.paragraphs(), document);
        }
        DisclosureFiles.writeExpectations(draft.expectations(), documentFolder.resolve("expected-findings.tsv"));
        return document;
    }

    private static Draft draft(Random random, Set<Defect> defects) {
        int year = 2019 + random.nextInt(6);
        String organization = CITIES.get(random.nextInt(CITIES.size())) + OFFICES.get(random.nextInt(OFFICES.size()));
        MoneyStyle[] styles = {MoneyStyle.WAN, MoneyStyle.WAN, MoneyStyle.WAN, MoneyStyle.WAN, MoneyStyle.WAN_SEPARATED,
            MoneyStyle.WAN_SPACED, MoneyStyle.YUAN, MoneyStyle.YUAN, MoneyStyle.YI};
        MoneyStyle money = styles[random.nextInt(styles.length)];
        int[] decimals = {0, 0, 1, 2, 2};
        boolean traditional = random.nextInt(8) == 0;
        return new Draft(random, year, organization, defects, money, decimals[random.nextInt(decimals.length)],
                random.nextInt(7) == 0, traditional, random.nextInt(3) > 0);
    }
}
