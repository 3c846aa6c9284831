package com.example.modular;

/** Runs in the named module com.example.modular and uses the generated types. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        check(Main.class.getModule().isNamed(), "Main runs in a named module");
        check(!ModuleLayer.boot().findModule("dev.statusgen.annotations").isPresent(), "no annotations at run time");
        check(HttpStatus.of(404).reasonPhrase().equals("Not Found") && HttpStatus.NOT_FOUND.isClientError(), "404");
        check(HttpStatusCodes.NOT_FOUND == 404 && HttpStatusClass.of(503) == HttpStatusClass.SERVER_ERROR, "codes");
        check(HttpStatusCode.valueOf(299) instanceof HttpStatusCode.NonStandard, "valueOf(299)");
        System.out.println("statusgen-it: " + Main.class.getModule().getName() + ": 404 is " + HttpStatus.of(404));
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
