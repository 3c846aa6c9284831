/**
 * Internal: the validated, immutable model of a status table, and the contracts that the spec layer and the
 * writers share: the naming rule ({@link dev.statusgen.processor.model.Identifiers}), the names that generated types
 * declare ({@link dev.statusgen.processor.model.GeneratedMembers}), the built-in tags and tables.
 */
package dev.statusgen.processor.model;
