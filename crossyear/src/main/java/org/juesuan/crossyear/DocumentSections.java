package org.juesuan.crossyear;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Section;
import org.juesuan.model.SectionKind;

/** A document's section tree as the cross-year reading needs it: its 三公 explanation, attachments, and section paths. */
final class DocumentSections {
    private static final Set<SectionKind> THREE_PUBLIC = Set.of(SectionKind.THREE_PUBLIC, SectionKind.THREE_PUBLIC_TOTAL,
            SectionKind.THREE_PUBLIC_DETAIL);

    private final Map<String, Section> byId = new HashMap<>();
    private final List<Section> sections;

    DocumentSections(Disclosure disclosure) {
        this.sections = disclosure.sections();
        sections.forEach(s -> byId.put(s.id(), s));
    }

    /** The outermost 三公 explanation sections (a 三公 section inside another is covered by it), none in an attachment. */
    List<Section> threePublicExplanations() {
        List<Section> found = new ArrayList<>();
        for (Section s : sections) {
            if (THREE_PUBLIC.contains(s.kind()) && !insideThreePublicOrAttachment(s)) {
                found.add(s);
            }
        }
        return found;
    }

    /** The headings from the top down to {@code sectionId}, joined by " / ". */
    String path(String sectionId) {
        List<String> path = new ArrayList<>();
        for (Section s = byId.get(sectionId); s != null; s = byId.get(s.parentId())) {
            path.add(0, (s.label() + " " + s.title()).strip());
        }
        return String.join(" / ", path);
    }

    /** Whether {@code sectionId} is, or lies inside, an attachment or a performance report (not the explanation proper). */
    boolean inAttachment(String sectionId) {
        for (Section s = byId.get(sectionId); s != null; s = byId.get(s.parentId())) {
            if (s.kind() == SectionKind.ATTACHMENT || s.kind() == SectionKind.PERFORMANCE_REPORT) {
                return true;
            }
        }
        return false;
    }

    private boolean insideThreePublicOrAttachment(Section section) {
        for (Section s = byId.get(section.parentId()); s != null; s = byId.get(s.parentId())) {
            if (THREE_PUBLIC.contains(s.kind())) {
                return true;
            }
        }
        return inAttachment(section.parentId());
    }
}
