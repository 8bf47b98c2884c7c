package org.juesuan.output.run;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A relative link to a report whose name may hold spaces, #, ? or Chinese: each path segment is
 * percent-encoded so the browser (or Excel) opens that file, not a fragment of another.
 */
public final class RelativeLink {
    private RelativeLink() {
    }

    public static String of(String relativePath) {
        StringBuilder href = new StringBuilder();
        for (String segment : relativePath.split("/", -1)) {
            if (href.length() > 0) {
                href.append('/');
            }
            href.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return href.toString();
    }
}
