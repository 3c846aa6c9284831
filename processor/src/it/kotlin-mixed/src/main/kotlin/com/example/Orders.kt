package com.example

/** Kotlin code that uses the types generated for the Java holder [Shop]. */
object Orders {
    /** The answer to an order lookup that ended with [code]. */
    @JvmStatic
    fun answer(code: Int): String =
        when (code) {
            ShopStatusCodes.OK -> "here is your order"
            ShopStatusCodes.NOT_FOUND -> "no such order"
            else -> ShopStatusCode.valueOf(code).let { if (it.isStandard) it.reasonPhrase() else "unknown ${it.code()}" }
        }

    /** Whether a lookup that ended with [code] is worth retrying. */
    @JvmStatic
    fun retry(code: Int): Boolean = ShopStatus.find(code).map { it.isServerError }.orElse(false)
}
