package org.juesuan.extract.structure;

/** Names the canonical kind of a section from its heading. */
public interface SectionKindClassifier {
    /**
     * @param title the heading without its numbering label, e.g. 机关运行经费支出情况
     * @return the kind, or UNKNOWN with the classifier's confidence when it is not sure
     */
    KindGuess classify(String title);
}
