package com.example.rest;

import dev.statusgen.HttpStatusTable;

/** The ACME API's statuses, each a Jakarta REST status type, in a module that does not read Jakarta REST. */
@HttpStatusTable(integrations = HttpStatusTable.Integration.JAKARTA_REST)
final class Acme {}
