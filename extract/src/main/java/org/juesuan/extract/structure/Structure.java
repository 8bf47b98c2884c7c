package org.juesuan.extract.structure;

import java.util.List;
import org.juesuan.model.BlockKind;
import org.juesuan.model.ExtractionWarning;

/**
 * What the structure stage provides: each block's role, the section tree and the contents entries.
 *
 * @param roles           the kind of each block, by block index
 * @param sections        sections in document order, parents before children
 * @param contentsEntries the table-of-contents entries as printed (empty when there is none)
 * @param warnings        numbering that skips or mixes styles
 */
public record Structure(List<BlockKind> roles, List<SectionDraft> sections, List<String> contentsEntries,
                        List<ExtractionWarning> warnings) {
    public Structure {
        roles = List.copyOf(roles);
        sections = List.copyOf(sections);
        contentsEntries = List.copyOf(contentsEntries);
        warnings = List.copyOf(warnings);
    }

    /** The innermost section containing a block, by block index; -1 before the first heading. */
    public int sectionOfBlock(int blockIndex) {
        int found = -1;
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).blockIndex() <= blockIndex) {
                found = i;
            } else {
                break;
            }
        }
        return found;
    }
}
