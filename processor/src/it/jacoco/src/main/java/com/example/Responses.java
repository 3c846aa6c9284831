package com.example;

/** The project's own code, which uses the generated types and which its tests cover. */
public final class Responses {
    private Responses() {}

    /**
     * What a client should do about a response with the status {@code code}.
     *
     * @param code an HTTP status code
     * @return the advice, such as "retry later" for 503
     */
    public static String advice(int code) {
        switch (code) {
            case HttpStatusCodes.TOO_MANY_REQUESTS:
            case HttpStatusCodes.SERVICE_UNAVAILABLE:
                return "retry later";
            case HttpStatusCodes.NOT_FOUND:
                return "check the URL";
            default:
                break;
        }
        if (!HttpStatusCodes.isValid(code)) {
            return "not an HTTP status";
        }
        HttpStatusCode status = HttpStatusCode.valueOf(code);
        return status.isError() ? "give up: " + status.reasonPhrase() : "fine: " + status.reasonPhrase();
    }
}
