module com.example.rest {
    requires static dev.statusgen.annotations;
    requires transitive jakarta.ws.rs;

    exports com.example.rest;
}
