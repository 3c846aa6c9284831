package dev.statusgen.sample;

import dev.statusgen.HttpStatusTable;

/** The holder: statusgen generates HttpStatus, HttpStatusCodes, HttpStatusClass and HttpStatusCode from it. */
@HttpStatusTable(
        spec = {HttpStatusTable.STANDARD, HttpStatusTable.NGINX, HttpStatusTable.CLOUDFLARE, HttpStatusTable.AWS_ELB})
final class Http {
    private Http() {}
}
