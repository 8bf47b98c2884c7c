package org.juesuan.store;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentFormat;
import org.juesuan.model.DocumentInfo;
import org.juesuan.model.Evidence;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;

/** Checked disclosures built by hand: an organization, a year and findings named by their fingerprints. */
final class Disclosures {
    private Disclosures() {
    }

    static Disclosure checked(String sha, String organization, Integer year, String... fingerprints) {
        List<Finding> findings = new ArrayList<>();
        String text = "收入总计100万元。";
        for (String fingerprint : fingerprints) {
            Severity severity = fingerprint.startsWith("w") ? Severity.WARNING : Severity.ERROR;
            findings.add(new Finding("k" + (findings.size() + 1), "components-sum", "分项之和与合计不符", severity,
                    "分项之和为90万元，与合计100万元不符 <b>" + fingerprint + "</b>", "100万元", "90万元", null,
                    new Evidence(text, 1, null, "一、收入", 0, text.length()), List.of(), fingerprint));
        }
        return new Disclosure(Disclosure.SCHEMA_VERSION, new DocumentInfo(sha, "a.pdf", DocumentFormat.PDF, 3, null,
                organization, year), text, List.of(), List.of(), List.of(), List.of(), List.of(), findings, List.of());
    }

    static String sha(int n) {
        return String.format("%064x", n);
    }
}
