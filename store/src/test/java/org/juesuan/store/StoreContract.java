package org.juesuan.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What every store must do, on H2 and on PostgreSQL alike: subclasses say where the store lives. */
abstract class StoreContract {
    abstract ReviewStore store();

    @Test
    void storesAVersionWithItsFindingsAndBytes() {
        ReviewStore store = store();
        byte[] bytes = "%PDF-1.7 bytes".getBytes(StandardCharsets.UTF_8);
        long id = store.addDocument(Disclosures.sha(1), "部门决算.pdf", "upload", null, bytes);
        assertEquals(DocumentStatus.QUEUED, store.document(id).orElseThrow().status());
        store.reading(id);
        store.complete(id, Disclosures.checked(Disclosures.sha(1), "上海市某某局", 2023, "e1", "w2"), "{\"x\":1}");
        StoredDocument d = store.document(id).orElseThrow();
        assertEquals(DocumentStatus.DONE, d.status());
        assertEquals("上海市某某局", d.organization());
        assertEquals(2023, d.fiscalYear());
        assertEquals(1, d.errors());
        assertEquals(1, d.warnings());
        assertEquals(2, d.open());
        assertEquals("{\"x\":1}", store.modelJson(id).orElseThrow());
        assertEquals("%PDF-1.7 bytes", new String(store.content(Disclosures.sha(1)).orElseThrow(), StandardCharsets.UTF_8));
        List<StoredFinding> findings = store.findings(id);
        assertEquals(List.of("e1", "w2"), findings.stream().map(StoredFinding::fingerprint).toList());
        assertTrue(findings.stream().allMatch(f -> f.trend() == Trend.NEW && f.decision() == Decision.OPEN));
    }

    @Test
    void aDecisionOutlivesTheVersionAndAReuploadShowsNewPresentAndResolved() {
        ReviewStore store = store();
        long first = store.addDocument(Disclosures.sha(2), "b.pdf", "upload", null, new byte[] {1});
        store.complete(first, Disclosures.checked(Disclosures.sha(2), "某区财政局", 2022, "a", "b", "c"), "{}");
        Map<String, StoredFinding> v1 = byFingerprint(store.findings(first));
        store.decide(v1.get("a").id(), Decision.DISMISSED, "表述无误，误报", "张三");
        store.decide(v1.get("b").id(), Decision.CONFIRMED, null, "张三");
        store.comment(v1.get("b").id(), "请单位更正", "李四");

        long second = store.addDocument(Disclosures.sha(3), "b-更正.pdf", "upload", null, new byte[] {2});
        store.complete(second, Disclosures.checked(Disclosures.sha(3), "某区财政局", 2022, "a", "b", "d"), "{}");
        Map<String, StoredFinding> v2 = byFingerprint(store.findings(second));
        assertEquals(Trend.PRESENT, v2.get("a").trend());
        assertEquals(Decision.DISMISSED, v2.get("a").decision());
        assertEquals("表述无误，误报", v2.get("a").reason());
        assertEquals(Decision.CONFIRMED, v2.get("b").decision());
        assertEquals("请单位更正", v2.get("b").comments().get(0).body());
        assertEquals(Trend.NEW, v2.get("d").trend());
        assertEquals(Decision.OPEN, v2.get("d").decision());
        assertEquals(Trend.RESOLVED, v2.get("c").trend());
        assertEquals(2, store.document(second).orElseThrow().decided());
        assertEquals(List.of(second, first), store.documents(new DocumentQuery("某区", 2022, DocumentStatus.DONE, true, 10))
                .stream().map(StoredDocument::id).toList());
        assertEquals(List.of(), store.documents(new DocumentQuery("某区", 2022, null, false, 10)));
        assertTrue(store.decided().stream().anyMatch(f -> f.fingerprint().equals("a") && f.documentId() == second));
    }

    @Test
    void anotherYearOfTheSameOrganizationIsFoundForCrossYearChecks() {
        ReviewStore store = store();
        long y2022 = store.addDocument(Disclosures.sha(4), "2022.pdf", "batch", null, new byte[] {4});
        store.complete(y2022, Disclosures.checked(Disclosures.sha(4), "万里街道办事处", 2022), "{}");
        long y2023 = store.addDocument(Disclosures.sha(5), "2023.pdf", "batch", null, new byte[] {5});
        store.complete(y2023, Disclosures.checked(Disclosures.sha(5), "万里街道办事处", 2023), "{}");
        assertEquals(List.of(y2022), store.otherYears(y2023).stream().map(StoredDocument::id).toList());
    }

    @Test
    void aFailureKeepsItsReasonAndAnUnknownFindingIsRefused() {
        ReviewStore store = store();
        long id = store.addDocument(Disclosures.sha(6), "letter.pdf", "upload", null, new byte[] {6});
        store.fail(id, "内容不像部门（单位）决算公开文件");
        assertEquals("内容不像部门（单位）决算公开文件", store.document(id).orElseThrow().reason());
        assertEquals(1, store.documents(new DocumentQuery("letter", null, DocumentStatus.FAILED, null, 10)).size());
        assertThrows(NoSuchFindingException.class, () -> store.decide(999_999, Decision.CONFIRMED, null, "x"));
    }

    private static Map<String, StoredFinding> byFingerprint(List<StoredFinding> findings) {
        return findings.stream().collect(Collectors.toMap(StoredFinding::fingerprint, Function.identity()));
    }

    @Test
    void keepsUsersWithRolesAndHashesOnly() {
        Users users = store().users();
        assertTrue(!users.anyAdmin(), "a fresh store has no admin");
        assertTrue(users.create("admin", Role.ADMIN, "$2y$10$hash-of-admin"));
        assertTrue(!users.create("admin", Role.REVIEWER, "$2y$10$other"), "a name is taken once");
        assertTrue(users.create("张三", Role.REVIEWER, "$2y$10$hash-of-zhang"));
        assertTrue(users.anyAdmin());
        assertEquals(List.of("admin", "张三"), users.list().stream().map(StoredUser::name).toList());
        StoredUser zhang = users.find("张三").orElseThrow();
        assertEquals(Role.REVIEWER, zhang.role());
        assertEquals("$2y$10$hash-of-zhang", zhang.passwordHash());
        assertTrue(users.setPasswordHash("张三", "$2y$10$new") && users.setDisabled("张三", true));
        assertEquals("$2y$10$new", users.find("张三").orElseThrow().passwordHash());
        assertTrue(users.find("张三").orElseThrow().disabled());
        assertTrue(users.setDisabled("admin", true));
        assertTrue(!users.anyAdmin(), "a disabled admin does not count");
        assertTrue(!users.setPasswordHash("nobody", "x"));
    }
}
