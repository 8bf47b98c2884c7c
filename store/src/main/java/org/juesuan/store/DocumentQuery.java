package org.juesuan.store;

/**
 * Filters of the documents list; null means any.
 *
 * @param text   part of the organization, title or file name
 * @param year   the accounts' year
 * @param status queued, reading, done or failed
 * @param open   true: only documents with undecided findings; false: only fully decided ones
 * @param limit  most rows
 */
public record DocumentQuery(String text, Integer year, DocumentStatus status, Boolean open, int limit) {
    public static DocumentQuery all() {
        return new DocumentQuery(null, null, null, null, 1000);
    }
}
