package com.example.rest;

import jakarta.ws.rs.core.Response;

/** Runs in the named module com.example.rest and uses the generated statuses as Jakarta REST status types. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        check(Main.class.getModule().isNamed(), "Main runs in a named module");
        Response.StatusType abandoned = AcmeStatus.CLIENT_CLOSED_REQUEST;
        check(abandoned.getStatusCode() == 499 && abandoned.getReasonPhrase().equals("Client Closed Request"), "499");
        check(
                abandoned.getFamily() == Response.Status.Family.CLIENT_ERROR && abandoned.toEnum() == null,
                "499's family");
        check(AcmeStatus.NOT_FOUND.toEnum() == Response.Status.NOT_FOUND, "AcmeStatus.NOT_FOUND.toEnum()");
        System.out.println("statusgen-it: " + Main.class.getModule().getName() + ": " + abandoned.getStatusCode() + " "
                + abandoned.getReasonPhrase() + " (" + abandoned.getFamily() + "), 404 is "
                + AcmeStatus.NOT_FOUND.toEnum());
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
