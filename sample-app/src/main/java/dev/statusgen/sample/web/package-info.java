/**
 * The sample app's online status-code query: a web page, a JSON API and a health check, served from the code and
 * the Markdown reference that statusgen generated, with no second copy of the table.
 */
package dev.statusgen.sample.web;
