module com.example.modular {
    requires static dev.statusgen.annotations;

    exports com.example.modular;
}
