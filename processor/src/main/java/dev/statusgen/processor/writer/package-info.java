/**
 * Internal: the writers that turn a model into the generated sources and the Markdown reference. They know no
 * {@code Filer}: the processor writes what they return.
 */
package dev.statusgen.processor.writer;
