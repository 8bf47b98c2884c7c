package org.juesuan.extract.check;

import java.util.List;

/** One check. Each rule is one small class with a stable id, listed in {@link RuleRegistry}. */
public interface Rule {
    /** Stable across versions: findings and expectations refer to it. */
    String id();

    /** The rule's name as a reviewer reads it. */
    String chineseName();

    List<Issue> check(CheckInput input);
}
