package com.example;

import dev.statusgen.HttpStatusTable;

/** The ACME API's statuses: the standard table and nginx's 499; no integration. */
@HttpStatusTable(spec = "acme-statuses.md", extendsStandard = true)
final class Acme {}
