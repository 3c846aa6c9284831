package com.example;

/** Java code that uses the Kotlin code, which uses the generated types; throws if one answers wrongly. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        check(Orders.answer(200).equals("here is your order"), "answer(200)");
        check(Orders.answer(404).equals("no such order"), "answer(404)");
        check(Orders.answer(418).equals("I'm a teapot"), "answer(418)");
        check(Orders.answer(299).equals("unknown 299"), "answer(299)");
        check(Orders.retry(503) && !Orders.retry(404) && !Orders.retry(299), "retry");
        System.out.println("statusgen-it: " + Orders.answer(404) + ", " + ShopStatus.of(503));
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
