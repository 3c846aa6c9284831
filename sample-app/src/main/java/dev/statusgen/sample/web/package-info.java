/**
 * The sample app's online status-code query: a web page and a JSON API on 127.0.0.1, served from the code and the
 * Markdown reference that statusgen generated, with no second copy of the table.
 */
package dev.statusgen.sample.web;
