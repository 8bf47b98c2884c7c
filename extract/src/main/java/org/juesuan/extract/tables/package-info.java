/**
 * Reading laid-out tables: caption and unit from the lines before a table (or its first row), which
 * of the nine it is, its header rows and column header paths, and its body as lines of code, name
 * and values; a table that cannot be read with confidence carries a reading note instead.
 * Camel-free and library-free: it sits between the section structure and the figures, and knows
 * only the model.
 */
package org.juesuan.extract.tables;
