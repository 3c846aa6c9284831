/**
 * The status table as the sample app shows it, built from the code that statusgen generated in one place
 * ({@link dev.statusgen.sample.view.TableView}): the views that the command line, the JSON API and the pages share,
 * the search by number or name, and the JSON that the API and {@code --json} share.
 */
package dev.statusgen.sample.view;
