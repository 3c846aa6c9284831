package dev.statusgen.processor.model;

import java.util.List;

/**
 * A validated status table: classes ordered by range, codes ordered by code, every code inside exactly one
 * class, and every constant name unique.
 *
 * @param source the spec's name, for documentation
 * @param classes the classes, ordered by range
 * @param codes the codes, ordered by code
 */
public record StatusTable(String source, List<StatusClass> classes, List<StatusCode> codes) {

  /** Copies the lists, so that the model stays immutable. */
  public StatusTable {
    classes = List.copyOf(classes);
    codes = List.copyOf(codes);
  }

  /** The lowest code in any class. */
  public int firstClassCode() {
    return classes.get(0).firstCode();
  }

  /** The highest code in any class. */
  public int lastClassCode() {
    return classes.get(classes.size() - 1).lastCode();
  }
}
