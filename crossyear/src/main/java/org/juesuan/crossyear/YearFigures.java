package org.juesuan.crossyear;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentKind;
import org.juesuan.model.Evidence;
import org.juesuan.model.Figure;
import org.juesuan.model.Statement;
import org.juesuan.model.StatementKind;
import org.juesuan.model.StatementPart;

/**
 * What one document says about its comparable lines, read from its statements: the figures it states
 * for its own year, and the previous year's figures its changes imply. Small (no document text), so a
 * batch over an archive keeps one per document while it groups them.
 *
 * @param identity   organization, year and kind
 * @param documentId the document's id (SHA-256 of its bytes)
 * @param sourceName the file it was read from
 * @param stated     this year's figures, by line
 * @param implied    previous-year figures implied by changes against the previous year
 * @param counts     the 三公 counts of its 三公 explanation, this year's and the previous year's; none when
 *                   read from JSON written before counts were kept
 */
public record YearFigures(DocumentIdentity identity, String documentId, String sourceName,
                          Map<String, List<StatedFigure>> stated, List<ImpliedPrevious> implied, YearCounts counts) {
    public YearFigures {
        stated = Map.copyOf(stated);
        implied = List.copyOf(implied);
        counts = counts == null ? YearCounts.NONE : counts;
    }

    /** The figures of a checked document (one with statements), or empty when it names no organization or year. */
    public static Optional<YearFigures> of(Disclosure disclosure) {
        Optional<DocumentIdentity> identity = DocumentIdentity.of(disclosure.document());
        if (identity.isEmpty()) {
            return Optional.empty();
        }
        Reading reading = new Reading(disclosure, identity.get());
        Map<String, List<StatedFigure>> stated = new HashMap<>();
        List<ImpliedPrevious> implied = new ArrayList<>();
        for (Statement statement : disclosure.statements()) {
            if (!ComparableMetrics.compared(statement.metric()) || reading.inAttachment(statement.sectionId())) {
                continue;
            }
            reading.stated(statement).ifPresent(s -> stated.computeIfAbsent(s.metric(), m -> new ArrayList<>()).add(s));
            reading.implied(statement).ifPresent(implied::add);
            reading.explicitPrevious(statement).ifPresent(implied::add);
        }
        return Optional.of(new YearFigures(identity.get(), disclosure.document().id(),
                disclosure.document().sourceName(), stated, implied, CountReading.read(disclosure, identity.get(), reading.sections)));
    }

    /** Reads one document's statements against its text, figures and sections. */
    private static final class Reading {
        private final Disclosure disclosure;
        private final DocumentIdentity identity;
        private final Map<String, Figure> figures = new HashMap<>();
        private final DocumentSections sections;

        Reading(Disclosure disclosure, DocumentIdentity identity) {
            this.disclosure = disclosure;
            this.identity = identity;
            disclosure.figures().forEach(f -> figures.put(f.id(), f));
            this.sections = new DocumentSections(disclosure);
        }

        /** This year's value of a VALUE statement or of a change, unless the words before it name another year. */
        Optional<StatedFigure> stated(Statement statement) {
            String role = statement.kind() == StatementKind.VALUE ? "value" : "current";
            Figure figure = statement.kind() == StatementKind.VALUE || statement.kind() == StatementKind.CHANGE
                    ? figure(statement, role) : null;
            if (figure == null || figure.start() < statement.start()) {
                return Optional.empty();
            }
            String before = disclosure.text().substring(statement.start(), figure.start());
            if (PreviousYearWording.namesAnotherYear(before, identity.year())) {
                return Optional.empty();
            }
            return Amount.of(figure).map(a -> new StatedFigure(statement.metric(), a, figure.raw().strip(), evidence(statement),
                    disclosure.document().sourceName()));
        }

        /** The previous year's value a change against the previous year implies: current − Δ, or current + Δ for a decrease. */
        Optional<ImpliedPrevious> implied(Statement statement) {
            if (statement.kind() != StatementKind.CHANGE) {
                return Optional.empty();
            }
            Figure current = figure(statement, "current");
            Figure delta = figure(statement, "delta");
            Direction direction = Direction.of(statement.direction());
            if (current == null || delta == null || direction == Direction.UNKNOWN) {
                return Optional.empty();
            }
            int from = current.end() <= delta.start() ? Math.max(current.end(), statement.start()) : statement.start();
            if (from > delta.start() || !PreviousYearWording.againstPreviousYear(
                    disclosure.text().substring(from, delta.start()), identity.year(), identity.kind())) {
                return Optional.empty();
            }
            Optional<Amount> now = Amount.of(current);
            Optional<Amount> change = Amount.of(delta);
            if (now.isEmpty() || change.isEmpty()) {
                return Optional.empty();
            }
            Amount previous = direction == Direction.UP ? now.get().minus(change.get()) : now.get().plus(change.get());
            String reasoning = current.raw().strip() + "，比上年" + (identity.kind() == DocumentKind.BUDGET ? "预算" : "")
                    + statement.direction() + delta.raw().strip();
            return Optional.of(new ImpliedPrevious(statement.metric(), previous, reasoning,
                    statement.direction() + delta.raw().strip(), evidence(statement), List.of(current.id(), delta.id())));
        }

        /**
         * A previous-year value the document states outright (上年…为X万元, 2023年度…X万元, 上年决算数X): a value
         * statement whose own words name the previous year of the same kind, with no other amount before it in the
         * statement (so the words are its own).
         */
        Optional<ImpliedPrevious> explicitPrevious(Statement statement) {
            Figure figure = statement.kind() == StatementKind.VALUE ? figure(statement, "value") : null;
            if (figure == null || figure.start() < statement.start()) {
                return Optional.empty();
            }
            String words = disclosure.text().substring(statement.start(), figure.start());
            boolean alone = disclosure.figures().stream().noneMatch(f -> f != figure && f.start() >= statement.start()
                    && f.start() < figure.start() && Amount.of(f).isPresent());
            if (!alone || !PreviousYearWording.namesPreviousYear(words, identity.year(), identity.kind())) {
                return Optional.empty();
            }
            return Amount.of(figure).map(a -> new ImpliedPrevious(statement.metric(), a, "写明上年数" + figure.raw().strip(),
                    figure.raw().strip(), evidence(statement), List.of(figure.id()), true));
        }

        private Figure figure(Statement statement, String role) {
            return statement.parts().stream().filter(p -> p.role().equals(role)).map(StatementPart::figureId)
                    .map(figures::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }

        boolean inAttachment(String sectionId) {
            return sections.inAttachment(sectionId);
        }

        Evidence evidence(Statement statement) {
            return new Evidence(disclosure.text().substring(statement.start(), statement.end()), statement.page(),
                    statement.sectionId(), sections.path(statement.sectionId()), statement.start(), statement.end());
        }
    }

    /** The sense of a change word: 增加, 增长, 上升 up; 减少, 下降, 降低 down; anything else unread. */
    private enum Direction {
        UP, DOWN, UNKNOWN;

        static Direction of(String word) {
            if (word == null) {
                return UNKNOWN;
            }
            if (word.matches(".*(增加|增长|上升|提高|增多|多).*")) {
                return UP;
            }
            return word.matches(".*(减少|下降|降低|减|少).*") ? DOWN : UNKNOWN;
        }
    }
}
