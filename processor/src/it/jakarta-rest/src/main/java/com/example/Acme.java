package com.example;

import dev.statusgen.HttpStatusTable;

/** The ACME API's statuses: the standard table and nginx's 499, each a Jakarta REST status type. */
@HttpStatusTable(
        spec = "acme-statuses.md",
        extendsStandard = true,
        integrations = HttpStatusTable.Integration.JAKARTA_REST)
final class Acme {}
