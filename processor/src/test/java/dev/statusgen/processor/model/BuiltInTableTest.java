package dev.statusgen.processor.model;

import static com.google.common.truth.Truth.assertThat;

import dev.statusgen.HttpStatusTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled tables' names are the constants that users write, {@code spec = HttpStatusTable.STANDARD}. The
 * processor does not depend on the annotations at run time, so neither side can be derived from the other: this
 * test holds them together.
 */
class BuiltInTableTest {
    @Test
    void eachConstantOfTheAnnotationNamesItsBundledTable() {
        assertThat(BuiltInTable.named(HttpStatusTable.STANDARD)).hasValue(BuiltInTable.STANDARD);
        assertThat(BuiltInTable.named(HttpStatusTable.IANA_REGISTRY)).hasValue(BuiltInTable.IANA_REGISTRY);
        assertThat(BuiltInTable.named(HttpStatusTable.NGINX)).hasValue(BuiltInTable.NGINX);
        assertThat(BuiltInTable.named(HttpStatusTable.CLOUDFLARE)).hasValue(BuiltInTable.CLOUDFLARE);
        assertThat(BuiltInTable.named(HttpStatusTable.AWS_ELB)).hasValue(BuiltInTable.AWS_ELB);
    }

    @Test
    void everyBundledTableHasItsConstant() {
        List<String> names = new ArrayList<>();
        for (BuiltInTable table : BuiltInTable.values()) {
            names.add(table.specName());
        }
        assertThat(names)
                .containsExactly(
                        HttpStatusTable.STANDARD,
                        HttpStatusTable.IANA_REGISTRY,
                        HttpStatusTable.NGINX,
                        HttpStatusTable.CLOUDFLARE,
                        HttpStatusTable.AWS_ELB);
    }
}
