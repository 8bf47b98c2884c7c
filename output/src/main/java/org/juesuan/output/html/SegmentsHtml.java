package org.juesuan.output.html;

import java.util.List;

/**
 * A block's text as the report prints it: each run of {@link Segment}s with its marks, the anchors
 * where findings' sentences start and the links back to them where they end. Rendered here rather
 * than by the template, where this part was most of the page's lookups; the output is the same.
 */
final class SegmentsHtml {
    private SegmentsHtml() {
    }

    static String of(List<Segment> segments) {
        StringBuilder html = new StringBuilder();
        for (Segment segment : segments) {
            for (String id : segment.anchors()) {
                html.append("<span class=\"anchor\" id=\"ev-");
                HtmlEscape.append(html, id);
                html.append("\"></span>");
            }
            if (HtmlEscape.present(segment.css())) {
                html.append("<span class=\"");
                HtmlEscape.append(html, segment.css());
                html.append('"');
                if (HtmlEscape.present(segment.title())) {
                    html.append(" title=\"");
                    HtmlEscape.append(html, segment.title());
                    html.append('"');
                }
                html.append('>');
                HtmlEscape.append(html, segment.text());
                html.append("</span>");
            } else {
                HtmlEscape.append(html, segment.text());
            }
            backLinks(html, segment.refs());
        }
        return html.toString();
    }

    /** A link back to each finding, after its evidence or its cited cell. */
    static void backLinks(StringBuilder html, List<String> findingIds) {
        for (String id : findingIds) {
            html.append("<a class=\"ref no-print\" href=\"#finding-");
            HtmlEscape.append(html, id);
            html.append("\" title=\"回到问题 ");
            HtmlEscape.append(html, id);
            html.append("\">");
            HtmlEscape.append(html, id);
            html.append("</a>");
        }
    }
}
