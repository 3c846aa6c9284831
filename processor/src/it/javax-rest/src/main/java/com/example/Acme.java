package com.example;

import dev.statusgen.HttpStatusTable;

/** The ACME API's statuses: the standard table and nginx's 499, each a JAX-RS (javax.ws.rs) status type. */
@HttpStatusTable(
        spec = "acme-statuses.md",
        extendsStandard = true,
        integrations = HttpStatusTable.Integration.JAVAX_REST)
final class Acme {}
