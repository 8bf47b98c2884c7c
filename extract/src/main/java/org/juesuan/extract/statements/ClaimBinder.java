package org.juesuan.extract.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.juesuan.extract.statements.Claims.ChangeClaim;
import org.juesuan.extract.statements.Claims.Component;
import org.juesuan.extract.statements.Claims.ComponentList;
import org.juesuan.extract.statements.Claims.CompletionClaim;
import org.juesuan.extract.statements.Claims.RateClaim;
import org.juesuan.extract.statements.Claims.ShareClaim;
import org.juesuan.extract.statements.Claims.ValueClaim;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Figure;
import org.juesuan.model.Statement;
import org.juesuan.model.StatementKind;
import org.juesuan.model.StatementPart;

/** Binds every sentence's figures into claims, and turns the claims into the model's statements. */
public final class ClaimBinder {
    private final ValueBinder values = new ValueBinder();
    private final ChangeBinder changes = new ChangeBinder();
    private final ListBinder lists = new ListBinder();
    private final ShareBinder shares = new ShareBinder();
    private final CompletionBinder completions = new CompletionBinder();
    private final RateBinder rates = new RateBinder();

    public Claims bind(Disclosure disclosure) {
        List<MaskedSentence> sentences = Sentences.of(disclosure).stream().map(MaskedSentence::new).toList();
        List<ValueClaim> valueClaims = values.bind(sentences,
                disclosure.document().kind() == org.juesuan.model.DocumentKind.BUDGET, disclosure.document().fiscalYear());
        List<ComponentList> listClaims = lists.bind(sentences);
        return new Claims(sentences, valueClaims, changes.bind(sentences, valueClaims),
                shares.bind(sentences, listClaims, valueClaims), listClaims, completions.bind(sentences), rates.bind(sentences));
    }

    /** The claims as the model's statements, in text order, numbered st1, st2, …. */
    public static List<Statement> statements(Claims claims) {
        List<Statement> drafts = new ArrayList<>();
        for (ValueClaim v : claims.values()) {
            drafts.add(draft(StatementKind.VALUE, v.metric(), v.subject(), v.sentence(), "", part("value", v.value(), "")));
        }
        for (ChangeClaim c : claims.changes()) {
            List<StatementPart> parts = new ArrayList<>();
            add(parts, "current", c.current(), "");
            add(parts, "delta", c.delta(), "");
            add(parts, "rate", c.rate(), "");
            drafts.add(new Statement("x", StatementKind.CHANGE, c.metric(), c.subject(), parts, c.direction(),
                    c.sentence().sectionId(), c.sentence().page(), c.sentence().start(), c.sentence().end()));
        }
        for (RateClaim r : claims.rates()) {
            List<StatementPart> parts = new ArrayList<>();
            add(parts, "previous", r.previous(), "");
            add(parts, "current", r.current(), "");
            add(parts, "rate", r.rate(), "");
            drafts.add(new Statement("x", StatementKind.CHANGE, "", "", parts, r.direction(),
                    r.sentence().sectionId(), r.sentence().page(), r.sentence().start(), r.sentence().end()));
        }
        for (ShareClaim s : claims.shares()) {
            List<StatementPart> parts = new ArrayList<>();
            add(parts, "part", s.part(), s.partName());
            add(parts, "share", s.share(), "");
            add(parts, "whole", s.whole(), s.wholeName());
            drafts.add(new Statement("x", StatementKind.SHARE, s.partName(), s.partName(), parts, "",
                    s.sentence().sectionId(), s.sentence().page(), s.sentence().start(), s.sentence().end()));
        }
        for (ComponentList l : claims.lists()) {
            List<StatementPart> parts = new ArrayList<>();
            add(parts, "total", l.total(), l.totalName());
            for (Component component : l.components()) {
                add(parts, "part", component.amount(), component.name());
                add(parts, "share", component.share(), component.name());
            }
            drafts.add(new Statement("x", StatementKind.COMPONENTS, MetricNames.canonicalOf(l.totalName()).orElse(l.totalName()),
                    l.totalName(), parts, "", l.sentence().sectionId(), l.sentence().page(), l.sentence().start(), l.sentence().end()));
        }
        for (CompletionClaim c : claims.completions()) {
            List<StatementPart> parts = new ArrayList<>();
            add(parts, "rate", c.rate(), c.budgetKind());
            add(parts, "budget", c.budget(), "");
            add(parts, "actual", c.actual(), "");
            drafts.add(new Statement("x", StatementKind.COMPLETION, "", "", parts, c.comparison(), c.sentence().sectionId(),
                    c.sentence().page(), c.sentence().start(), c.sentence().end()));
        }
        drafts.sort(Comparator.comparingInt(Statement::start).thenComparing(s -> s.kind().ordinal()));
        List<Statement> numbered = new ArrayList<>(drafts.size());
        for (Statement s : drafts) {
            numbered.add(new Statement("st" + (numbered.size() + 1), s.kind(), s.metric(), s.subject(), s.parts(), s.direction(),
                    s.sectionId(), s.page(), s.start(), s.end()));
        }
        return numbered;
    }

    private static Statement draft(StatementKind kind, String metric, String subject, Sentence sentence, String direction,
                                   StatementPart part) {
        return new Statement("x", kind, metric, subject, List.of(part), direction, sentence.sectionId(), sentence.page(),
                sentence.start(), sentence.end());
    }

    private static StatementPart part(String role, Figure figure, String label) {
        return new StatementPart(role, figure.id(), label);
    }

    private static void add(List<StatementPart> parts, String role, Figure figure, String label) {
        if (figure != null) {
            parts.add(part(role, figure, label));
        }
    }
}
