package org.juesuan.extract.check.rules.tables;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Ranges;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.statements.MaskedSentence;
import org.juesuan.model.CellRef;
import org.juesuan.model.Figure;
import org.juesuan.model.Severity;
import org.juesuan.model.Table;
import org.juesuan.model.TableCell;
import org.juesuan.model.TableKind;
import org.juesuan.model.TableValue;
import org.juesuan.model.ValueRange;

/**
 * 绩效目标项目资金与所附目标表不符: the text's 编报绩效目标的项目5个，涉及项目预算资金3328.13万元 against the
 * project forms printed with it (财政项目支出绩效目标填报表, one a project). Judged only when the forms are as
 * many as the projects the sentence counts and every form's amount of one kind can be read. The amount may
 * be the sum of the forms' 年度资金申请总额, of their 项目资金总额, or of their 当年财政拨款 (财政资金): only
 * when it is none of them is it told. A document that attaches forms for some of its projects only, or none,
 * is not judged.
 */
public final class TargetFormsTotalRule implements Rule {
    private static final String A = String.valueOf(MaskedSentence.AMOUNT);
    private static final String C = String.valueOf(MaskedSentence.COUNT);
    private static final String Y = String.valueOf(MaskedSentence.YEAR);
    /** 编报绩效目标的项目5个，涉及项目预算资金3328.13万元 · 编报绩效目标的2024年度项目4个，涉及预算金额598.42万元. */
    private static final Pattern STATED = Pattern.compile(
            "绩效目标的(?:" + Y + "度?)?项目共?(?<count>" + C + ")[,，]?涉及(?:项目)?预算(?:资金|金额)(?<amount>" + A + ")");
    /**
     * The amounts of a form the text's figure may be the sum of: its totals (项目资金总额 · 年度资金申请总额 ·
     * 年度资金总额) and its fiscal part (其中：当年财政拨款 · 其中：财政资金), the year's budget without what
     * is carried over.
     */
    private static final Pattern SUMMED = Pattern.compile("(?:其中[:：]?)?(?<name>(?:项目|年度)?资金(?:申请)?总额|当年财政拨款|财政资金)");
    /** The unit a form prints beside its funds: 项目资金（元） · 项目资金（万元）. */
    private static final Pattern UNIT = Pattern.compile("资金[(（](万?元)[)）]");

    @Override
    public String id() {
        return "target-forms-total";
    }

    @Override
    public String chineseName() {
        return "绩效目标项目资金与目标表不符";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        List<Table> forms = input.disclosure().tables().stream()
                .filter(t -> t.kind() == TableKind.OTHER)
                .filter(t -> TableWords.fold(t.caption()).contains("绩效目标") && !TableWords.fold(t.caption()).contains("自评"))
                .toList();
        if (forms.isEmpty()) {
            return issues;
        }
        for (MaskedSentence sentence : input.claims().sentences()) {
            Matcher m = STATED.matcher(sentence.text());
            if (m.find()) {
                judge(input, sentence, m, forms).ifPresent(issues::add);
            }
        }
        return issues;
    }

    private static Optional<Issue> judge(CheckInput input, MaskedSentence sentence, Matcher m, List<Table> forms) {
        Figure count = sentence.figureAt(m.start("count"));
        Figure amount = sentence.figureAt(m.start("amount"));
        if (count == null || amount == null || !"万元".equals(amount.unit()) || count.value().scale() > 0) {
            return Optional.empty();
        }
        int projects = count.value().intValue();
        List<Map<String, Total>> perForm = totals(forms);
        if (perForm.size() != projects) {
            return Optional.empty(); // forms for some projects only
        }
        Candidate closest = null;
        Severity severity = null;
        for (Map.Entry<String, List<Total>> label : byLabel(perForm).entrySet()) {
            List<Total> totals = label.getValue();
            if (totals.stream().anyMatch(t -> t == null)) {
                continue; // a form without this total, or whose amount or unit cannot be read
            }
            Candidate candidate = Candidate.of(label.getKey(), totals);
            Optional<Severity> graded = TableIssues.grade(amount.value(), amount.decimals(), candidate.point(), candidate.range());
            if (graded.isEmpty()) {
                return Optional.empty();
            }
            if (closest == null || candidate.distance(amount.value()).compareTo(closest.distance(amount.value())) < 0) {
                closest = candidate;
                severity = graded.get();
            }
        }
        if (closest == null) {
            return Optional.empty();
        }
        String expected = closest.point().setScale(amount.decimals(), RoundingMode.HALF_UP).toPlainString() + "万元";
        String message = "编报绩效目标的项目" + projects + "个，涉及项目预算资金" + amount.raw() + "，而所附" + projects
                + "张绩效目标表的" + closest.label() + "合计" + expected + TableIssues.note(severity);
        List<CellRef> cells = closest.totals().stream().map(Total::cell).toList();
        return Optional.of(new Issue(severity, message, amount.raw(), expected, closest.range(), sentence.sentence().start(),
                sentence.sentence().end(), List.of(count, amount), cells));
    }

    /** One form's total: its amount in 万元 and the cell that prints it. */
    private record Total(BigDecimal tenThousands, ValueRange range, CellRef cell) {
    }

    /** The forms' totals of one label, summed. */
    private record Candidate(String label, List<Total> totals, BigDecimal point, ValueRange range) {
        static Candidate of(String label, List<Total> totals) {
            BigDecimal point = BigDecimal.ZERO;
            ValueRange range = Ranges.exact(BigDecimal.ZERO);
            for (Total total : totals) {
                point = point.add(total.tenThousands());
                range = Ranges.plus(range, total.range());
            }
            return new Candidate(label, totals, point, range);
        }

        BigDecimal distance(BigDecimal stated) {
            return stated.subtract(point).abs();
        }
    }

    /**
     * Each form's first amount under each total label, form by form (a form opens at its 项目名称), in
     * 万元; a form without a readable amount for a label, or whose unit is not printed, holds null there.
     */
    private static List<Map<String, Total>> totals(List<Table> forms) {
        int formCount = 0;
        List<Map<String, Total>> perForm = new ArrayList<>();
        for (Table table : forms) {
            TreeMap<Integer, Integer> formAtRow = new TreeMap<>();
            for (TableCell cell : table.cells()) {
                if (TableWords.fold(cell.text()).equals("项目名称")) {
                    formAtRow.putIfAbsent(cell.row(), formCount + formAtRow.size());
                }
            }
            Optional<BigDecimal> factor = unit(table);
            FormGrid grid = new FormGrid(table);
            for (int i = 0; i < formAtRow.size(); i++) {
                perForm.add(new LinkedHashMap<>());
            }
            for (var row : grid.rows().entrySet()) {
                var form = formAtRow.floorEntry(row.getKey());
                if (form == null) {
                    continue;
                }
                for (int column : row.getValue().keySet()) {
                    Optional<Matcher> label = grid.label(row.getKey(), column).map(SUMMED::matcher).filter(Matcher::matches);
                    if (label.isEmpty()) {
                        continue;
                    }
                    List<Integer> amounts = grid.valueColumns(row.getKey(), column);
                    Total total = amounts.isEmpty() || factor.isEmpty() ? null
                            : total(grid.cell(row.getKey(), amounts.get(0)), factor.get(), table, row.getKey());
                    perForm.get(form.getValue()).putIfAbsent(label.get().group("name"), total);
                }
            }
            formCount += formAtRow.size();
        }
        return perForm;
    }

    /** The totals by label, a form each (null where a form lacks it). */
    private static Map<String, List<Total>> byLabel(List<Map<String, Total>> perForm) {
        Map<String, List<Total>> byLabel = new LinkedHashMap<>();
        for (Map<String, Total> form : perForm) {
            form.keySet().forEach(label -> byLabel.putIfAbsent(label, new ArrayList<>()));
        }
        for (Map.Entry<String, List<Total>> label : byLabel.entrySet()) {
            for (Map<String, Total> form : perForm) {
                label.getValue().add(form.get(label.getKey()));
            }
        }
        return byLabel;
    }

    private static Total total(TableValue value, BigDecimal factor, Table table, int row) {
        ValueRange printed = Ranges.printed(value.value(), value.decimals());
        return new Total(value.value().multiply(factor), Ranges.times(printed, factor),
                new CellRef(table.id(), row, value.column()));
    }

    /** 万元 per printed unit: from the form's 项目资金（元） label, else the table's unit. */
    private static Optional<BigDecimal> unit(Table table) {
        for (TableCell cell : table.cells()) {
            Matcher m = UNIT.matcher(TableWords.fold(cell.text()));
            if (m.find()) {
                return TableUnits.toTenThousands(m.group(1));
            }
        }
        return TableUnits.toTenThousands(table.unit());
    }
}
