package com.example;

import dev.statusgen.HttpStatusTable;

/** The ACME API's statuses: the standard table and nginx's 499, each with its Netty status. */
@HttpStatusTable(spec = "acme-statuses.md", extendsStandard = true, integrations = HttpStatusTable.Integration.NETTY)
final class Acme {}
