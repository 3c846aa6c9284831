package com.example.modular;

import dev.statusgen.HttpStatusTable;

@HttpStatusTable
final class Http {}
