package org.juesuan.extract.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.juesuan.extract.statements.Claims;
import org.juesuan.extract.statements.Claims.ValueClaim;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Section;
import org.juesuan.model.SectionKind;

/** What the rules read: the disclosure, its claims, and where each section sits in the tree. */
public final class CheckInput {
    private final Disclosure disclosure;
    private final Claims claims;
    private final Map<String, Section> sections = new HashMap<>();
    /** Readings of the document several rules share, by their class: made once per check run. */
    private final Map<Class<?>, Object> shared = new HashMap<>();

    public CheckInput(Disclosure disclosure, Claims claims) {
        this.disclosure = Objects.requireNonNull(disclosure, "disclosure");
        this.claims = Objects.requireNonNull(claims, "claims");
        disclosure.sections().forEach(s -> sections.put(s.id(), s));
    }

    public Disclosure disclosure() {
        return disclosure;
    }

    public Claims claims() {
        return claims;
    }

    /**
     * A reading of this document that several rules share (the folded header paths of its tables, say),
     * made by {@code make} at its first use and kept for the rest of this check run: it lives and dies
     * with this input, so nothing carries over to the next document. The rules of one run are applied
     * one after the other, on one thread.
     */
    public <T> T shared(Class<T> kind, Function<CheckInput, T> make) {
        Object reading = shared.get(kind);
        if (reading == null) {
            reading = Objects.requireNonNull(make.apply(this), "shared reading");
            shared.put(kind, reading);
        }
        return kind.cast(reading);
    }

    /** Whether the section lies inside an attachment (附件, 附表, a performance report). */
    public boolean inAttachment(String sectionId) {
        for (Section s = sections.get(sectionId); s != null; s = sections.get(s.parentId())) {
            if (s.kind() == SectionKind.ATTACHMENT || s.kind() == SectionKind.PERFORMANCE_REPORT) {
                return true;
            }
        }
        return false;
    }

    /** Whether the section is, or lies inside, one of the given kind. */
    public boolean within(String sectionId, SectionKind kind) {
        for (Section s = sections.get(sectionId); s != null; s = sections.get(s.parentId())) {
            if (s.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /** The headings from the top down to the section, joined by " / ". */
    public String sectionPath(String sectionId) {
        List<String> path = new ArrayList<>();
        for (Section s = sections.get(sectionId); s != null; s = sections.get(s.parentId())) {
            path.add(0, (s.label() + " " + s.title()).strip());
        }
        return String.join(" / ", path);
    }

    /**
     * The metric's value when the body states it and every statement of it agrees; empty when it is
     * not stated or stated with different values (a conflict another rule reports).
     */
    public java.util.Optional<ValueClaim> agreedValue(String metric) {
        List<ValueClaim> values = bodyValues(metric);
        boolean agreed = !values.isEmpty()
                && values.stream().map(v -> v.value().value().stripTrailingZeros()).distinct().count() == 1;
        return agreed ? java.util.Optional.of(values.get(0)) : java.util.Optional.empty();
    }

    /** The values stated for a metric in the body (outside attachments). */
    public List<ValueClaim> bodyValues(String metric) {
        return claims.values().stream().filter(v -> v.metric().equals(metric) && !inAttachment(v.sentence().sectionId())).toList();
    }
}
