package com.example;

import java.util.Arrays;

/** Prints the codes generated from acme-statuses.md, whichever they are. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("statusgen-it: " + Arrays.toString(AcmeStatus.values()));
    }
}
