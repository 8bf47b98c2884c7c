package org.juesuan.extract.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Checker;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.model.Disclosure;
import org.juesuan.model.ExtractionWarning;
import org.juesuan.model.SectionKind;
import org.juesuan.model.Severity;
import org.juesuan.model.WarningCode;
import org.junit.jupiter.api.Test;

/** A rule that throws on a document costs that rule's findings only: the others' stand, and a note says which failed. */
class RuleFailureTest {
    private static Rule named(String id, java.util.function.Function<CheckInput, List<Issue>> check) {
        return new Rule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String chineseName() {
                return "测试规则" + id;
            }

            @Override
            public List<Issue> check(CheckInput input) {
                return check.apply(input);
            }
        };
    }

    @Test
    void aFailingRuleLeavesANoteAndTheOtherRulesFindings() {
        TablesFixture fixture = new TablesFixture();
        fixture.sentence("本年度支出决算为12.00万元。", SectionKind.EXPENDITURE).amount("12.00万元").done();
        Disclosure read = fixture.input().disclosure();
        Rule finds = named("finds", input -> List.of(new Issue(Severity.WARNING, "一条发现", null, null, null, 0, 1, List.of())));
        Rule throwing = named("throws", input -> {
            throw new IllegalArgumentException("bad column or decimals");
        });
        Rule overflowing = named("overflows", input -> {
            throw new StackOverflowError();
        });

        Disclosure checked = new Checker(List.of(throwing, finds, overflowing)).apply(read);

        assertEquals(1, checked.findings().size(), checked.findings().toString());
        assertEquals("finds", checked.findings().get(0).ruleId());
        List<ExtractionWarning> failed = checked.warnings().stream().filter(w -> w.code() == WarningCode.RULE_FAILED).toList();
        assertEquals(2, failed.size(), checked.warnings().toString());
        assertTrue(failed.get(0).message().contains("（throws）") && failed.get(0).message().contains("bad column or decimals"),
                failed.get(0).message());
        assertTrue(failed.get(1).message().contains("（overflows）"), failed.get(1).message());
        assertTrue(failed.stream().noneMatch(w -> w.message().contains("\n")), "one line each");
    }

    @Test
    void theStandardRulesNeverFailOnAHandBuiltDocument() {
        TablesFixture fixture = new TablesFixture();
        fixture.sentence("本年度支出决算为12.00万元，比上年增加1.00万元，增长9.09%。", SectionKind.EXPENDITURE)
                .amount("12.00万元").amount("1.00万元").done();
        Disclosure checked = Checker.standard().apply(fixture.input().disclosure());
        assertTrue(checked.warnings().stream().noneMatch(w -> w.code() == WarningCode.RULE_FAILED), checked.warnings().toString());
    }
}
