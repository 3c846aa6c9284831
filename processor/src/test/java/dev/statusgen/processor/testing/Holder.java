package dev.statusgen.processor.testing;

/**
 * The one holder source of the tests: by default {@code p.Http}, annotated {@code @HttpStatusTable} with the given
 * arguments on line {@value #ANNOTATION_LINE}, and documented as a strict consumer's doclint wants (JDK 25's wants
 * even the private constructor documented).
 */
public final class Holder {
    /** The line of the annotation. */
    public static final int ANNOTATION_LINE = 6;
    /** The path of the default holder's source. */
    public static final String PATH = "p/Http.java";

    private Holder() {}

    /** The source of {@code p.Http} with {@code @HttpStatusTable(arguments)}, or no arguments if empty. */
    public static String source(String arguments) {
        return source("p.Http", arguments);
    }

    /**
     * The source of the holder {@code qualifiedName}, such as {@code a.Api}, in a named package, with
     * {@code @HttpStatusTable(arguments)}, or no arguments if empty.
     */
    public static String source(String qualifiedName, String arguments) {
        int dot = qualifiedName.lastIndexOf('.');
        String name = qualifiedName.substring(dot + 1);
        return String.join(
                "\n",
                "package " + qualifiedName.substring(0, dot) + ";",
                "",
                "import dev.statusgen.HttpStatusTable;",
                "",
                "/** The holder. */",
                "@HttpStatusTable" + (arguments.isEmpty() ? "" : "(" + arguments + ")"),
                "final class " + name + " {",
                "    /** Not instantiated. */",
                "    private " + name + "() {}",
                "}",
                "");
    }

    /** The path of the source of the holder {@code qualifiedName}: {@code a/Api.java} for {@code a.Api}. */
    public static String path(String qualifiedName) {
        return qualifiedName.replace('.', '/') + ".java";
    }

    /** The arguments {@code spec = {"a", "b"}} for the specs {@code names}. */
    public static String specs(String... names) {
        StringBuilder out = new StringBuilder("spec = {");
        for (int i = 0; i < names.length; i++) {
            out.append(i == 0 ? "" : ", ").append('"').append(names[i]).append('"');
        }
        return out.append('}').toString();
    }
}
