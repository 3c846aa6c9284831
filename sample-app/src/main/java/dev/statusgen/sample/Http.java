package dev.statusgen.sample;

import dev.statusgen.HttpStatusTable;

/**
 * The holder: statusgen generates HttpStatus, HttpStatusCodes, HttpStatusClass, HttpStatusCode and HttpStatusTag from
 * it, for the standard table with the nginx, Cloudflare and AWS load balancer tables layered on it.
 */
@HttpStatusTable(
        spec = {HttpStatusTable.STANDARD, HttpStatusTable.NGINX, HttpStatusTable.CLOUDFLARE, HttpStatusTable.AWS_ELB})
final class Http {
    private Http() {}
}
