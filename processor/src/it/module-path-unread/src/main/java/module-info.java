module com.example.rest {
    requires static dev.statusgen.annotations;

    exports com.example.rest;
}
