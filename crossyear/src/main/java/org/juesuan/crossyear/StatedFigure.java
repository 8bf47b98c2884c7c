package org.juesuan.crossyear;

import org.juesuan.model.Evidence;

/**
 * A figure a document states for one of its own year's lines.
 *
 * @param metric   the line (canonical metric name)
 * @param amount   its amount, as an interval in 万元
 * @param raw      as printed (16,497.86万元)
 * @param evidence the sentence it stands in
 * @param source   the file of the document stating it
 */
public record StatedFigure(String metric, Amount amount, String raw, Evidence evidence, String source) {
}
