package org.juesuan.extract.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.statements.Claims;
import org.juesuan.extract.statements.Claims.ChangeClaim;
import org.juesuan.extract.statements.Claims.CompletionClaim;
import org.juesuan.extract.statements.Claims.Component;
import org.juesuan.extract.statements.Claims.ComponentList;
import org.juesuan.extract.statements.Claims.ShareClaim;
import org.juesuan.extract.statements.Claims.ValueClaim;
import org.juesuan.extract.statements.MaskedSentence;
import org.juesuan.extract.statements.Sentence;
import org.juesuan.model.Block;
import org.juesuan.model.BlockKind;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentFormat;
import org.juesuan.model.DocumentInfo;
import org.juesuan.model.Figure;
import org.juesuan.model.FigureKind;

/**
 * Builds rule inputs by hand: one sentence, its figures placed where their raw text stands in it,
 * and the claims a test names. No document is parsed.
 */
final class ClaimsFixture {
    private final String text;
    private final List<Figure> figures = new ArrayList<>();
    private final List<ValueClaim> values = new ArrayList<>();
    private final List<ChangeClaim> changes = new ArrayList<>();
    private final List<ShareClaim> shares = new ArrayList<>();
    private final List<ComponentList> lists = new ArrayList<>();
    private final List<CompletionClaim> completions = new ArrayList<>();
    private int searchFrom;
    private String organization;
    private int fiscalYear = 2021;

    ClaimsFixture(String text) {
        this.text = text;
    }

    /** The next figure printed as {@code raw} in the sentence: 56.19万元, 0.19%, 13人. */
    Figure figure(String raw) {
        int start = text.indexOf(raw, searchFrom);
        if (start < 0) {
            throw new IllegalArgumentException(raw + " is not in the sentence after offset " + searchFrom);
        }
        searchFrom = start + raw.length();
        String number = raw.replaceAll("[^0-9.]", "");
        String unit = raw.replaceAll("[0-9.,\\s]", "");
        FigureKind kind = unit.equals("%") ? FigureKind.PERCENT : unit.endsWith("元") ? FigureKind.AMOUNT : FigureKind.COUNT;
        int decimals = number.contains(".") ? number.length() - number.indexOf('.') - 1 : 0;
        Figure figure = new Figure("f" + (figures.size() + 1), kind, raw, new BigDecimal(number), decimals, unit, 1, null, "b1",
                start, start + raw.length(), null, List.of());
        figures.add(figure);
        return figure;
    }

    Sentence sentence() {
        return new Sentence(text, 0, text.length(), 1, null, 0, figures);
    }

    ClaimsFixture value(String metric, Figure value) {
        values.add(new ValueClaim(sentence(), metric, metric, value));
        return this;
    }

    ClaimsFixture change(String metric, Figure current, String direction, Figure delta, String rateWord, Figure rate) {
        changes.add(new ChangeClaim(sentence(), metric, metric, current, direction, delta, rateWord, rate));
        return this;
    }

    ClaimsFixture share(String part, Figure partFigure, Figure share, String whole, Figure wholeFigure) {
        shares.add(new ShareClaim(sentence(), part, partFigure, share, whole, wholeFigure));
        return this;
    }

    ClaimsFixture list(String totalName, Figure total, Component... components) {
        lists.add(new ComponentList(sentence(), totalName, total, List.of(components)));
        return this;
    }

    ClaimsFixture completion(Figure rate, String comparison, Figure budget, Figure actual) {
        completions.add(new CompletionClaim(sentence(), rate, "年初", comparison, budget, actual));
        return this;
    }

    /** The disclosing organization and report year the document names (default: none, 2021). */
    ClaimsFixture of(String organization, int fiscalYear) {
        this.organization = organization;
        this.fiscalYear = fiscalYear;
        return this;
    }

    CheckInput input() {
        DocumentInfo info = new DocumentInfo("0".repeat(64), "hand-built.txt", DocumentFormat.TXT, 1, null, organization, fiscalYear);
        Block block = new Block("b1", BlockKind.PARAGRAPH, text, 1, 0, text.length(), null, null);
        Disclosure disclosure = new Disclosure(Disclosure.SCHEMA_VERSION, info, text, List.of(block), List.of(), List.of(),
                figures, List.of(), List.of(), List.of());
        Claims claims = new Claims(List.of(new MaskedSentence(sentence())), values, changes, shares, lists, completions);
        return new CheckInput(disclosure, claims);
    }
}
