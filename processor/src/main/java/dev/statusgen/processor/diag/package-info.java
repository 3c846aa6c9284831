/**
 * Internal: diagnostics as values. Every message is in {@link dev.statusgen.processor.diag.Message}; a
 * {@link dev.statusgen.processor.diag.Problem} carries its spec file, line and column.
 */
package dev.statusgen.processor.diag;
