package com.example

import dev.statusgen.HttpStatusTable
import dev.statusgen.HttpStatusTable.Integration

/** The ACME API's statuses, from src/main/resources/acme-statuses.md, each with its Spring status code. */
@HttpStatusTable(spec = ["acme-statuses.md"], integrations = [Integration.SPRING_WEB])
class Acme
