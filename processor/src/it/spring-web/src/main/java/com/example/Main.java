package com.example;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.core.SpringVersion;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** Checks toSpring() on its own, then what Spring MVC answers for each of {@link Orders}' handlers. */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        check(AcmeStatus.NOT_FOUND.toSpring() == HttpStatus.NOT_FOUND, "Spring's own constant for 404");
        HttpStatusCode abandoned = AcmeStatus.CLIENT_CLOSED_REQUEST.toSpring();
        check(abandoned.value() == 499 && abandoned.is4xxClientError(), "499 is a client error");
        check(!(abandoned instanceof HttpStatus), "Spring has no constant for 499");
        check(abandoned.equals(HttpStatusCode.valueOf(499)), "499 as Spring's HttpStatusCode.valueOf(499)");
        check(AcmeStatusCode.valueOf(599).toSpring().is5xxServerError(), "a 599 that the table lacks");

        MockMvc mvc = MockMvcBuilders.standaloneSetup(new Orders()).build();
        MockHttpServletResponse missing = answer(mvc, "/orders/missing");
        MockHttpServletResponse closed = answer(mvc, "/orders/abandoned");
        MockHttpServletResponse late = answer(mvc, "/orders/late");
        System.out.println("statusgen-it: Spring " + SpringVersion.getVersion() + ": " + missing.getStatus() + ", "
                + closed.getStatus() + ", " + late.getStatus() + " " + late.getErrorMessage());
    }

    private static MockHttpServletResponse answer(MockMvc mvc, String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
