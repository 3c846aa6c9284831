package dev.statusgen.processor.writer;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts untrusted spec text into javadoc. The text is HTML-escaped, and so is every character that javadoc
 * or javac would read as more than text: {@code @} (block tags), braces (inline tags), backslashes (javac
 * decodes unicode escapes even inside comments), and the {@code *} of a comment's end. Control characters and line separators become spaces. Long text is wrapped at spaces.
 */
final class DocText {
  private static final int WIDTH = 85;

  private DocText() {}

  /** {@code text} escaped for javadoc, wrapped into lines of at most 85 characters where it has spaces. */
  static String of(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : escape(text).split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return String.join("\n", lines);
  }

  /** {@code text} escaped for javadoc on one line. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '{' -> out.append("&#123;");
        case '}' -> out.append("&#125;");
        case '\\' -> out.append("&#92;");
        case '*' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '/' ? "&#42;" : "*");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            out.append(' ');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
