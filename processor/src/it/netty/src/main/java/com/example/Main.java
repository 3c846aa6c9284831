package com.example;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpResponseEncoder;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.Version;
import java.nio.charset.StandardCharsets;

/** Checks toNetty(), then writes a response built with it through Netty's HTTP encoder. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        HttpResponseStatus abandoned = AcmeStatus.CLIENT_CLOSED_REQUEST.toNetty();
        check(abandoned.code() == 499 && abandoned.reasonPhrase().equals("Client Closed Request"), "499");
        check(abandoned.codeClass() == HttpStatusClass.CLIENT_ERROR, "499 is a client error");
        check(AcmeStatus.CLIENT_CLOSED_REQUEST.toNetty() == abandoned, "the same instance on every call");
        HttpResponseStatus missing = AcmeStatus.NOT_FOUND.toNetty();
        check(
                missing.equals(HttpResponseStatus.NOT_FOUND)
                        && missing.reasonPhrase().equals("Not Found"),
                "404");
        AcmeStatusCode unlisted = AcmeStatusCode.valueOf(599);
        HttpResponseStatus unlistedStatus = unlisted.toNetty();
        check(unlistedStatus.code() == 599 && unlistedStatus.codeClass() == HttpStatusClass.SERVER_ERROR, "599");
        check(unlisted.toNetty() != unlistedStatus, "a new instance for a code that the table lacks");

        EmbeddedChannel channel = new EmbeddedChannel(new HttpResponseEncoder());
        channel.writeOutbound(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, abandoned));
        StringBuilder wire = new StringBuilder();
        for (ByteBuf out = channel.readOutbound(); out != null; out = channel.readOutbound()) {
            wire.append(out.toString(StandardCharsets.US_ASCII));
            out.release();
        }
        channel.finishAndReleaseAll();
        check(wire.toString().startsWith("HTTP/1.1 499 Client Closed Request\r\n"), wire.toString());
        String netty = Version.identify().get("netty-codec-http").artifactVersion();
        System.out.println("statusgen-it: Netty " + netty + ": " + wire.substring(0, wire.indexOf("\r\n")));
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
