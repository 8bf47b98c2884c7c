package org.juesuan.extract.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.juesuan.extract.statements.ClaimBinder;
import org.juesuan.extract.statements.Claims;
import org.juesuan.model.Block;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Evidence;
import org.juesuan.model.ExtractionWarning;
import org.juesuan.model.Figure;
import org.juesuan.model.Finding;
import org.juesuan.model.WarningCode;

/**
 * Runs every rule over a read disclosure and returns it with its statements and findings. Findings
 * are numbered in text order and fingerprinted ({@link Fingerprints}) so a later run, or a
 * corrected version of the document, recognises the same finding.
 */
public final class Checker implements UnaryOperator<Disclosure> {
    private final ClaimBinder binder = new ClaimBinder();
    private final List<Rule> rules;

    public Checker(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Set<String> ids = new HashSet<>();
        for (Rule rule : this.rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("two rules share the id " + rule.id());
            }
        }
    }

    public static Checker standard() {
        return new Checker(RuleRegistry.all());
    }

    @Override
    public Disclosure apply(Disclosure disclosure) {
        Claims claims = binder.bind(disclosure);
        CheckInput input = new CheckInput(disclosure, claims);
        List<Drafted> drafted = new ArrayList<>();
        OcrEvidence ocr = new OcrEvidence(disclosure);
        List<ExtractionWarning> failed = new ArrayList<>();
        for (Rule rule : rules) {
            if (!rule.appliesTo(disclosure.document().kind())) {
                continue;
            }
            List<Issue> issues;
            try {
                issues = rule.check(input);
            } catch (RuntimeException | StackOverflowError e) {
                // one rule's slip on an odd document must not cost the document every other rule's findings
                failed.add(ExtractionWarning.ofDocument(WarningCode.RULE_FAILED, "规则“" + rule.chineseName() + "”（" + rule.id()
                        + "）在本文件上出错，未能完成核查，其发现缺失；其余规则照常核查：" + oneLine(e)));
                continue;
            }
            for (Issue issue : issues) {
                if (ocr.reported(rule, issue)) {
                    drafted.add(new Drafted(rule, ocr.weigh(issue)));
                }
            }
        }
        drafted.sort(Comparator.comparingInt((Drafted d) -> d.issue().start()).thenComparing(d -> d.rule().id()));
        List<Finding> findings = new ArrayList<>();
        Fingerprints fingerprints = new Fingerprints(disclosure);
        for (Drafted d : drafted) {
            findings.add(finding(input, "k" + (findings.size() + 1), d, fingerprints));
        }
        List<ExtractionWarning> warnings = new ArrayList<>(disclosure.warnings());
        warnings.addAll(failed);
        claims.changes().stream().filter(c -> c.current() == null && c.rate() != null).forEach(c -> warnings.add(
                new ExtractionWarning(WarningCode.STATEMENT_UNBOUND, "未能确定“" + c.subject() + "”的本年数，未核对其增减率"
                        + c.rate().raw().strip(), c.sentence().page(), c.sentence().start(), c.sentence().end())));
        return new Disclosure(disclosure.schemaVersion(), disclosure.document(), disclosure.text(), disclosure.blocks(),
                disclosure.sections(), disclosure.tables(), disclosure.figures(), ClaimBinder.statements(claims), findings, warnings);
    }

    private static String oneLine(Throwable e) {
        String text = e.toString();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private record Drafted(Rule rule, Issue issue) {
    }

    private static Finding finding(CheckInput input, String id, Drafted drafted, Fingerprints fingerprints) {
        Issue issue = drafted.issue();
        Disclosure disclosure = input.disclosure();
        Block block = blockAt(disclosure, issue.start());
        String sectionId = block == null ? null : block.sectionId();
        String sentence = disclosure.text().substring(issue.start(), issue.end());
        Evidence evidence = new Evidence(sentence, block == null ? 1 : block.page(), sectionId,
                sectionId == null ? "" : input.sectionPath(sectionId), issue.start(), issue.end());
        List<String> figureIds = issue.figures().stream().filter(Objects::nonNull).map(Figure::id).distinct().toList();
        return new Finding(id, drafted.rule().id(), drafted.rule().chineseName(), issue.severity(), issue.message(), issue.stated(),
                issue.expected(), issue.expectedRange(), evidence, figureIds,
                fingerprints.next(drafted.rule().id(), sectionId, issue.figures(), issue.cells(), issue.stated()), issue.cells());
    }

    /** The block holding {@code offset}, or null: where a finding's evidence stands. */
    static Block blockAt(Disclosure disclosure, int offset) {
        for (Block block : disclosure.blocks()) {
            if (block.start() <= offset && offset <= block.end()) {
                return block;
            }
        }
        return null;
    }
}
