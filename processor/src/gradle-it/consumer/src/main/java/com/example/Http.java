package com.example;

import dev.statusgen.HttpStatusTable;

@HttpStatusTable
final class Http {}
