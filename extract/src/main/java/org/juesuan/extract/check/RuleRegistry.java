package org.juesuan.extract.check;

import java.util.List;
import org.juesuan.extract.check.rules.BudgetComparisonRule;
import org.juesuan.extract.check.rules.ChangeDirectionRule;
import org.juesuan.extract.check.rules.ReasonDirectionRule;
import org.juesuan.extract.check.rules.ClassPathRule;
import org.juesuan.extract.check.rules.ItemPurposeRule;
import org.juesuan.extract.check.rules.OrganizationNameRule;
import org.juesuan.extract.check.rules.PairedTotalsRule;
import org.juesuan.extract.check.rules.TypographyRule;
import org.juesuan.extract.check.rules.YearConsistencyRule;
import org.juesuan.extract.check.rules.PreviousYearLabelRule;
import org.juesuan.extract.check.rules.ZeroBudgetCompletionRule;
import org.juesuan.extract.check.rules.ChangeRateRule;
import org.juesuan.extract.check.rules.ClassificationCodeRule;
import org.juesuan.extract.check.rules.CompletionRule;
import org.juesuan.extract.check.rules.ComponentsSumRule;
import org.juesuan.extract.check.rules.ConflictingValueRule;
import org.juesuan.extract.check.rules.DoubledTotalRule;
import org.juesuan.extract.check.rules.DuplicateCaptionRule;
import org.juesuan.extract.check.rules.NegativePreviousRule;
import org.juesuan.extract.check.rules.NumberingRule;
import org.juesuan.extract.check.rules.OperatingCostsRule;
import org.juesuan.extract.check.rules.OutdatedClassNameRule;
import org.juesuan.extract.check.rules.ReceptionCountsRule;
import org.juesuan.extract.check.rules.RateWithoutPercentRule;
import org.juesuan.extract.check.rules.RestatedFigureRule;
import org.juesuan.extract.check.rules.ShareRule;
import org.juesuan.extract.check.rules.SideTotalRule;
import org.juesuan.extract.check.rules.SharesTotalRule;
import org.juesuan.extract.check.rules.StaffingRule;
import org.juesuan.extract.check.rules.TemplateResidueRule;
import org.juesuan.extract.check.rules.ThreePublicSumRule;
import org.juesuan.extract.check.rules.TruncatedYearRule;
import org.juesuan.extract.check.rules.ZeroBaseRule;
import org.juesuan.extract.check.rules.tables.BasicSplitRule;
import org.juesuan.extract.check.rules.tables.CodeFormRule;
import org.juesuan.extract.check.rules.tables.CodeRollupRule;
import org.juesuan.extract.check.rules.tables.ColumnSumRule;
import org.juesuan.extract.check.rules.tables.CrossTableRule;
import org.juesuan.extract.check.rules.tables.EmptyTableNoteRule;
import org.juesuan.extract.check.rules.tables.FilledEmptyTableRule;
import org.juesuan.extract.check.rules.tables.ItemTextRule;
import org.juesuan.extract.check.rules.tables.MissingTableRule;
import org.juesuan.extract.check.rules.tables.ProjectFundsRule;
import org.juesuan.extract.check.rules.tables.RequiredExplanationsRule;
import org.juesuan.extract.check.rules.tables.SameItemRule;
import org.juesuan.extract.check.rules.tables.SideTotalsRule;
import org.juesuan.extract.check.rules.tables.TargetFormsTotalRule;
import org.juesuan.extract.check.rules.tables.TextTableRule;
import org.juesuan.extract.check.rules.tables.ThreePublicElementsRule;
import org.juesuan.extract.check.rules.tables.ThreePublicTableRule;

/** Every rule, in one place. A new rule is one class and one line here. */
public final class RuleRegistry {
    private RuleRegistry() {
    }

    public static List<Rule> all() {
        return List.of(
                new ChangeRateRule(),
                new ZeroBaseRule(),
                new NegativePreviousRule(),
                new RateWithoutPercentRule(),
                new ChangeDirectionRule(),
                new ReasonDirectionRule(),
                new ComponentsSumRule(),
                new ShareRule(),
                new SharesTotalRule(),
                new CompletionRule(),
                new DoubledTotalRule(),
                new SideTotalRule(),
                new RestatedFigureRule(),
                new ConflictingValueRule(),
                new ThreePublicSumRule(),
                new OperatingCostsRule(),
                new StaffingRule(),
                new TemplateResidueRule(),
                new TruncatedYearRule(),
                new ClassificationCodeRule(),
                new OutdatedClassNameRule(),
                new NumberingRule(),
                new DuplicateCaptionRule(),
                new ReceptionCountsRule(),
                new PairedTotalsRule(),
                new BudgetComparisonRule(),
                new ZeroBudgetCompletionRule(),
                new YearConsistencyRule(),
                new PreviousYearLabelRule(),
                new ClassPathRule(),
                new OrganizationNameRule(),
                new TypographyRule(),
                new ItemPurposeRule(),
                // The table rules (check/rules/tables): within a table, across tables, text against table, completeness.
                new CodeRollupRule(),
                new ColumnSumRule(),
                new SideTotalsRule(),
                new BasicSplitRule(),
                new ThreePublicTableRule(),
                new CodeFormRule(),
                new CrossTableRule(),
                new SameItemRule(),
                new TextTableRule(),
                new ItemTextRule(),
                new ProjectFundsRule(),
                new TargetFormsTotalRule(),
                new MissingTableRule(),
                new EmptyTableNoteRule(),
                new FilledEmptyTableRule(),
                new ThreePublicElementsRule(),
                new RequiredExplanationsRule());
    }
}
