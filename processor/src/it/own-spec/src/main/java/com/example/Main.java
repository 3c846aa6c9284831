package com.example;

/** Uses the types generated from acme-statuses.md; throws if one does not behave as the spec says. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        check(AcmeStatus.values().length == 5, "five codes");
        check(AcmeStatusClass.values().length == 3, "three classes");
        check(AcmeStatus.of(420).reasonPhrase().equals("Enhance Your Calm"), "AcmeStatus.of(420)");
        check(AcmeStatus.ENHANCE_YOUR_CALM.isClientError() && !AcmeStatus.ENHANCE_YOUR_CALM.isStandard(), "420");
        check(AcmeStatusCodes.SERVICE_UNAVAILABLE == 503 && AcmeStatus.SERVICE_UNAVAILABLE.isServerError(), "503");
        check(!AcmeStatus.find(401).isPresent(), "401 is not in the spec");
        check(AcmeStatusCode.valueOf(401) instanceof AcmeStatusCode.NonStandard, "valueOf(401)");
        check(!AcmeStatusClass.find(302).isPresent(), "the spec has no 3xx class");
        System.out.println("statusgen-it: " + java.util.Arrays.toString(AcmeStatus.values()));
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
