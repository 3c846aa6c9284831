package com.example;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;

/** The orders API as OpenAPI describes it, its response codes named by the generated text constants. */
public interface OrdersApi {
    @Operation(summary = "Finds an order")
    @ApiResponses({
        @ApiResponse(responseCode = AcmeStatusCodes.Text.OK, description = "The order"),
        @ApiResponse(responseCode = AcmeStatusCodes.Text.NOT_FOUND, description = "No such order"),
        @ApiResponse(responseCode = AcmeStatusCodes.Text.CLIENT_CLOSED, description = "The client went away")
    })
    String find(String id);
}
