package dev.statusgen.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.statusgen.processor.diag.Message;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Finds {@code @HttpStatusTable} on local classes, which compilers do not hand to processors, and reports an
 * error at the annotation. It reads javac's syntax trees, and only of the files that import the annotation;
 * with another compiler it does nothing.
 */
final class LocalHolders {
  private static final String SIMPLE_NAME = "HttpStatusTable";
  private static final String PACKAGE = StatusgenProcessor.ANNOTATION.substring(0,
      StatusgenProcessor.ANNOTATION.lastIndexOf('.'));

  private final Trees trees;
  private final Set<CompilationUnitTree> scanned = new HashSet<>();

  private LocalHolders(Trees trees) {
    this.trees = trees;
  }

  /** A finder for javac, or null under a compiler without javac's trees. */
  static LocalHolders create(ProcessingEnvironment env) {
    try {
      return new LocalHolders(Trees.instance(env));
    } catch (IllegalArgumentException | LinkageError e) {
      return null;
    }
  }

  /** Reports the local holders in the files of this round's root elements. */
  void report(RoundEnvironment round) {
    for (Element root : round.getRootElements()) {
      TreePath path = trees.getPath(root);
      if (path != null && scanned.add(path.getCompilationUnit()) && importsAnnotation(path.getCompilationUnit())) {
        scan(path.getCompilationUnit());
      }
    }
  }

  private void scan(CompilationUnitTree unit) {
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitClass(ClassTree node, Void unused) {
        if (isLocal(getCurrentPath())) {
          for (AnnotationTree annotation : node.getModifiers().getAnnotations()) {
            String name = annotation.getAnnotationType().toString();
            if (name.equals(SIMPLE_NAME) || name.equals(StatusgenProcessor.ANNOTATION)) {
              trees.printMessage(Diagnostic.Kind.ERROR, Message.HOLDER_LOCAL.format(), annotation, unit);
            }
          }
        }
        return super.visitClass(node, unused);
      }
    }.scan(unit, null);
  }

  /** Whether a class is declared inside a method, constructor, initializer or lambda body. */
  private static boolean isLocal(TreePath path) {
    for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
      Tree.Kind kind = p.getLeaf().getKind();
      if (kind == Tree.Kind.BLOCK || kind == Tree.Kind.LAMBDA_EXPRESSION) {
        return true;
      }
      if (p.getLeaf() instanceof ClassTree || kind == Tree.Kind.COMPILATION_UNIT) {
        return false;
      }
    }
    return false;
  }

  private static boolean importsAnnotation(CompilationUnitTree unit) {
    if (unit.getPackageName() != null && unit.getPackageName().toString().equals(PACKAGE)) {
      return true;
    }
    for (ImportTree imported : unit.getImports()) {
      String name = imported.getQualifiedIdentifier().toString();
      if (name.equals(StatusgenProcessor.ANNOTATION) || name.equals(PACKAGE + ".*")) {
        return true;
      }
    }
    return false;
  }
}
