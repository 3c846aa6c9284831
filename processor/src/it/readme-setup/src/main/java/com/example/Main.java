package com.example;

/** Uses each generated type; throws if one does not behave as the standard table says. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        check(HttpStatus.of(404).reasonPhrase().equals("Not Found"), "HttpStatus.of(404)");
        check(HttpStatus.NOT_FOUND.isClientError() && !HttpStatus.NOT_FOUND.isServerError(), "classifiers");
        check(HttpStatus.findByReasonPhrase("i'm a teapot").get() == HttpStatus.IM_A_TEAPOT, "findByReasonPhrase");
        check(!HttpStatus.find(299).isPresent(), "find(299)");
        check(HttpStatusCodes.NOT_FOUND == 404, "HttpStatusCodes.NOT_FOUND");
        check(HttpStatusClass.of(503) == HttpStatusClass.SERVER_ERROR, "HttpStatusClass.of(503)");
        HttpStatusCode nonStandard = HttpStatusCode.valueOf(299);
        check(nonStandard instanceof HttpStatusCode.NonStandard && nonStandard.isSuccessful(), "valueOf(299)");
        check(HttpStatusCode.valueOf(404) == HttpStatus.NOT_FOUND, "valueOf(404)");
        System.out.println("statusgen-it: " + HttpStatus.values().length + " codes, 404 is " + HttpStatus.of(404));
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
