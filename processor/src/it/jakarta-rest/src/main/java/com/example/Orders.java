package com.example;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** A resource that answers with the generated statuses, as they are. */
@Path("orders")
public class Orders {
    @GET
    @Path("abandoned")
    public Response abandoned() {
        return Response.status(AcmeStatus.CLIENT_CLOSED_REQUEST).build();
    }

    @GET
    @Path("missing")
    public Response missing() {
        return Response.status(AcmeStatus.NOT_FOUND).build();
    }

    @GET
    @Path("unlisted")
    public Response unlisted() {
        return Response.status(AcmeStatusCode.valueOf(599)).build();
    }
}
