package com.example

import dev.statusgen.HttpStatusTable

@HttpStatusTable
class Http
