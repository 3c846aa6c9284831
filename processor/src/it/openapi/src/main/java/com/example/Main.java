package com.example;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;

/** Reads back, by reflection as OpenAPI tools do, the response codes that {@link OrdersApi} declares. */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws NoSuchMethodException {
        check(AcmeStatusCodes.Text.NOT_FOUND.equals("404"), "Text.NOT_FOUND");
        check(AcmeStatusCodes.Text.CLIENT_CLOSED_REQUEST.equals(AcmeStatusCodes.Text.CLIENT_CLOSED), "an alias");
        check(
                AcmeStatus.of(Integer.parseInt(AcmeStatusCodes.Text.CLIENT_CLOSED))
                        .isClientError(),
                "499");
        List<String> responses = new ArrayList<>();
        for (ApiResponse response :
                OrdersApi.class.getMethod("find", String.class).getAnnotationsByType(ApiResponse.class)) {
            responses.add(response.responseCode() + " " + response.description() + " ("
                    + meaning(response.responseCode()) + ")");
        }
        System.out.println("statusgen-it: find: " + String.join(", ", responses));
    }

    /** What a client makes of a response code that it reads as text: the constants are also switch labels. */
    private static String meaning(String responseCode) {
        switch (responseCode) {
            case AcmeStatusCodes.Text.OK:
                return "success";
            case AcmeStatusCodes.Text.NOT_FOUND:
            case AcmeStatusCodes.Text.CLIENT_CLOSED_REQUEST:
                return "client error";
            default:
                return "other";
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
