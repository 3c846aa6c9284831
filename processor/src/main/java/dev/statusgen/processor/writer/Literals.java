package dev.statusgen.processor.writer;

import com.palantir.javapoet.CodeBlock;

/**
 * String literals of spec text. JavaPoet writes U+2028 and U+2029 into a literal as line breaks, which breaks
 * the literal, so those two are written as unicode escapes in literals of their own, joined with {@code +};
 * the compiler folds the constant back together.
 */
final class Literals {
  private Literals() {}

  /** A Java expression whose value is {@code text}. */
  static CodeBlock string(String text) {
    CodeBlock.Builder out = CodeBlock.builder();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u2028' || c == '\u2029') {
        out.add("$S + $L + ", text.substring(start, i), c == '\u2028' ? "\"\\u2028\"" : "\"\\u2029\"");
        start = i + 1;
      }
    }
    return out.add("$S", text.substring(start)).build();
  }
}
