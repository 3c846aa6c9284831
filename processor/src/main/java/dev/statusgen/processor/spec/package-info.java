/**
 * Internal: the front ends that read specs into rows (a Markdown table, the IANA registry's CSV), and the validator
 * that checks the rows against each other and composes specs into a model. It knows no JavaPoet.
 */
package dev.statusgen.processor.spec;
