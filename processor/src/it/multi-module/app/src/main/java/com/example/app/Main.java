package com.example.app;

import com.example.api.ShopStatus;
import com.example.api.ShopStatusCode;
import com.example.api.ShopStatusCodes;

/** Uses the types that module api generated; throws if one does not behave as the layered table says. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        check(ShopStatus.values().length == 66, "65 standard codes and 499");
        check(!ShopStatus.of(499).isStandard() && ShopStatus.of(499).isClientError(), "499");
        check(ShopStatus.NOT_FOUND.description().equals("No such product: check the catalogue."), "404 overridden");
        check(ShopStatus.NOT_FOUND.isStandard() && ShopStatusCodes.isStandard(418), "standard codes");
        check(ShopStatusCode.valueOf(498) instanceof ShopStatusCode.NonStandard, "valueOf(498)");
        System.out.println("statusgen-it: " + ShopStatus.of(499) + " / " + ShopStatus.NOT_FOUND.description());
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
