package dev.statusgen.benchmarks;

import dev.statusgen.HttpStatusTable;

/** The holder: statusgen generates HttpStatus, HttpStatusCodes, HttpStatusClass and HttpStatusCode from it. */
@HttpStatusTable
final class Http {
    private Http() {}
}
