package org.juesuan.extract.check;

import java.util.List;
import org.juesuan.model.DocumentKind;

/** One check. Each rule is one small class with a stable id, listed in {@link RuleRegistry}. */
public interface Rule {
    /** Stable across versions: findings and expectations refer to it. */
    String id();

    /** The rule's name as a reviewer reads it. */
    String chineseName();

    List<Issue> check(CheckInput input);

    /**
     * Whether the rule reads documents of this kind: by default every kind; a rule about final
     * accounts alone (决算数, trips made, the year's own assets) says so and is not run on a budget.
     */
    default boolean appliesTo(DocumentKind kind) {
        return true;
    }

    /**
     * Whether the rule judges how characters are printed (paired brackets and quotes, the numbers of
     * headings) rather than what figures say. On a page read by OCR those marks are what recognition
     * gets wrong most (《 read as a digit, 二、 dropped): such a rule's findings there are not reported.
     */
    default boolean judgesPrintedForm() {
        return false;
    }
}
