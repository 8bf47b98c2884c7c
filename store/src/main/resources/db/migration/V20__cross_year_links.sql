-- A cross-year finding compares two documents: it keeps the version of the other year it was compared with.
ALTER TABLE findings ADD COLUMN linked_document_id BIGINT;
