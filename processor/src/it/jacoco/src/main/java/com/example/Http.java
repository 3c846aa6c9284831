package com.example;

import dev.statusgen.HttpStatusTable;

/** The holder: statusgen generates HttpStatus and the rest from the standard table. */
@HttpStatusTable
final class Http {
    private Http() {}
}
