package com.example;

import java.util.Arrays;

/** Uses the types generated from the standard table and from acme-statuses.md. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (!HttpStatus.of(404).reasonPhrase().equals("Not Found") || HttpStatusCodes.NOT_FOUND != 404) {
            throw new AssertionError("HttpStatus.of(404)");
        }
        System.out.println(
                HttpStatus.values().length + " standard codes; ACME: " + Arrays.toString(AcmeStatus.values()));
    }
}
