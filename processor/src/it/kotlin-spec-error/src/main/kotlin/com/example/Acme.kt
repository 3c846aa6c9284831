package com.example

import dev.statusgen.HttpStatusTable

/** The ACME API's statuses, from src/main/resources/acme-statuses.md, which has two mistakes. */
@HttpStatusTable(spec = ["acme-statuses.md"])
class Acme
