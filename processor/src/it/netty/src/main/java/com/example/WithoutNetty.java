package com.example;

/** Uses the generated types with no Netty on the class path: only toNetty() needs it. */
public final class WithoutNetty {
    private WithoutNetty() {}

    public static void main(String[] args) {
        try {
            Class.forName("io.netty.handler.codec.http.HttpResponseStatus");
            throw new AssertionError("Netty is on the class path");
        } catch (ClassNotFoundException expected) {
            // as it should be
        }
        check(AcmeStatus.of(499) == AcmeStatus.CLIENT_CLOSED_REQUEST, "AcmeStatus.of(499)");
        check(AcmeStatusCode.valueOf(599).isServerError() && AcmeStatusCodes.isClientError(499), "classifiers");
        System.out.println("statusgen-it: without Netty: " + AcmeStatus.values().length + " statuses, "
                + AcmeStatus.findByReasonPhrase("client closed").get());
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
