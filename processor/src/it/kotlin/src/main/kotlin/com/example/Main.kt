package com.example

import org.springframework.http.HttpStatus as SpringStatus
import org.springframework.http.ResponseEntity

/** What a client should do about [code]: a `when` with the generated int constants as branches. */
fun advice(code: Int): String =
    when (code) {
        HttpStatusCodes.NOT_FOUND -> "check the URL"
        HttpStatusCodes.TOO_MANY_REQUESTS, HttpStatusCodes.SERVICE_UNAVAILABLE -> "retry later"
        else -> if (HttpStatusCode.valueOf(code).isError) "give up" else "fine"
    }

/** A handler's answer, with the generated statuses handed to Spring Web through toSpring(). */
fun find(id: String): ResponseEntity<String> =
    when (id) {
        "42" -> ResponseEntity.ok("order 42")
        "hot" -> ResponseEntity.status(AcmeStatus.ENHANCE_YOUR_CALM.toSpring()).build()
        else -> ResponseEntity.status(AcmeStatus.NOT_FOUND.toSpring()).build()
    }

/** Uses the types generated for Http and Acme; throws if one does not behave as its spec says. */
fun main() {
    check(HttpStatus.NOT_FOUND.isClientError && !HttpStatus.NOT_FOUND.isServerError) { "404's classifiers" }
    check(advice(404) == "check the URL" && advice(503) == "retry later" && advice(500) == "give up") { "when" }
    check(!HttpStatus.find(299).isPresent && HttpStatus.find(418).get() == HttpStatus.IM_A_TEAPOT) { "find" }
    check(!HttpStatusCode.valueOf(299).isStandard && HttpStatusCode.valueOf(299).isSuccessful) { "valueOf(299)" }
    check(HttpStatusClass.of(503) == HttpStatusClass.SERVER_ERROR) { "HttpStatusClass.of(503)" }
    check(AcmeStatus.of(420).reasonPhrase() == "Enhance Your Calm" && !AcmeStatus.ENHANCE_YOUR_CALM.isStandard) { "420" }
    check(AcmeStatusCode.valueOf(401) is AcmeStatusCode.NonStandard) { "AcmeStatusCode.valueOf(401)" }
    check(AcmeStatus.NOT_FOUND.toSpring() === SpringStatus.NOT_FOUND) { "Spring's own constant for 404" }
    check(find("hot").statusCode.value() == 420 && find("hot").statusCode.is4xxClientError) { "Spring's 420" }
    println("statusgen-it: ${HttpStatus.values().size} codes, 404 is ${HttpStatus.NOT_FOUND}; ACME: ${AcmeStatus.values().toList()}")
    println("statusgen-it: Spring Web: ${find("42").statusCode}, ${find("7").statusCode}, ${find("hot").statusCode}")
}
