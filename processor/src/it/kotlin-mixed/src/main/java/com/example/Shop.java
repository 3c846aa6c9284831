package com.example;

import dev.statusgen.HttpStatusTable;

/** The shop's statuses: the standard table. A Java holder in a Kotlin project. */
@HttpStatusTable
final class Shop {
    private Shop() {}
}
