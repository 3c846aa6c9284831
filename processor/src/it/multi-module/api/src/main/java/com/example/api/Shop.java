package com.example.api;

import dev.statusgen.HttpStatusTable;

/** The shop's statuses: the standard table and shop-statuses.md from the statuses module. */
@HttpStatusTable(spec = "shop-statuses.md", extendsStandard = true)
final class Shop {}
