package dev.statusgen.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.statusgen.processor.diag.Message;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Finds {@code @HttpStatusTable} on local classes, which compilers never hand to processors, and reports an
 * error at the annotation. Under javac it listens for each class's analysis and reads its syntax tree; under
 * other compilers it does nothing.
 */
final class LocalHolders implements TaskListener {
    private static final String SIMPLE_NAME = "HttpStatusTable";
    private static final String PACKAGE =
            StatusgenProcessor.ANNOTATION.substring(0, StatusgenProcessor.ANNOTATION.lastIndexOf('.'));

    private final Trees trees;
    /** Whether each file analysed so far names the annotation at all: only those are walked. */
    private final Map<CompilationUnitTree, Boolean> mentions = new IdentityHashMap<>();

    private LocalHolders(Trees trees) {
        this.trees = trees;
    }

    /** Starts listening, if the compiler is javac. */
    static void listen(ProcessingEnvironment env) {
        try {
            JavacTask.instance(env).addTaskListener(new LocalHolders(Trees.instance(env)));
        } catch (IllegalArgumentException | IllegalStateException | LinkageError e) {
            // Not javac, or a javac that does not allow it: the check is best-effort.
        }
    }

    @Override
    public void finished(TaskEvent event) {
        if (event.getKind() != TaskEvent.Kind.ANALYZE
                || event.getTypeElement() == null
                || event.getCompilationUnit() == null
                || !mentionsAnnotation(event.getCompilationUnit())) {
            return;
        }
        TreePath path = trees.getPath(event.getTypeElement());
        if (path != null) {
            scan(path, event.getCompilationUnit());
        }
    }

    private void scan(TreePath path, CompilationUnitTree unit) {
        boolean imported = importsAnnotation(unit);
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitClass(ClassTree node, Void unused) {
                if (isLocal(getCurrentPath())) {
                    for (AnnotationTree annotation : node.getModifiers().getAnnotations()) {
                        String name = name(annotation.getAnnotationType());
                        if ((imported && name.equals(SIMPLE_NAME)) || name.equals(StatusgenProcessor.ANNOTATION)) {
                            trees.printMessage(
                                    Message.HOLDER_LOCAL.kind(), Message.HOLDER_LOCAL.format(), annotation, unit);
                        }
                    }
                }
                return super.visitClass(node, unused);
            }
        }.scan(path, null);
    }

    /**
     * Whether a class is out of a processor's sight: declared, at any depth, inside a method, constructor,
     * initializer or lambda body, or inside an anonymous class.
     */
    private static boolean isLocal(TreePath path) {
        for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
            Tree.Kind kind = p.getLeaf().getKind();
            if (kind == Tree.Kind.BLOCK || kind == Tree.Kind.LAMBDA_EXPRESSION || kind == Tree.Kind.NEW_CLASS) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the file's text holds the annotation's simple name, without which it has no holder: the generated
     * sources and most of a project's files are then never walked.
     */
    private boolean mentionsAnnotation(CompilationUnitTree unit) {
        Boolean mentioned = mentions.get(unit);
        if (mentioned == null) {
            try {
                mentioned = unit.getSourceFile().getCharContent(true).toString().contains(SIMPLE_NAME);
            } catch (IOException | RuntimeException e) {
                mentioned = true;
            }
            mentions.put(unit, mentioned);
        }
        return mentioned;
    }

    /**
     * The dotted name that a tree of identifiers and member selections spells, such as {@code dev.statusgen.*}, read
     * from the tree itself: {@code toString()} would load javac's pretty printer.
     */
    private static String name(Tree tree) {
        if (tree instanceof IdentifierTree identifier) {
            return identifier.getName().toString();
        }
        if (tree instanceof MemberSelectTree select) {
            return name(select.getExpression()) + "." + select.getIdentifier();
        }
        return "";
    }

    /** Whether the file may name the annotation by its simple name. */
    private static boolean importsAnnotation(CompilationUnitTree unit) {
        if (unit.getPackageName() != null && name(unit.getPackageName()).equals(PACKAGE)) {
            return true;
        }
        for (ImportTree imported : unit.getImports()) {
            String name = name(imported.getQualifiedIdentifier());
            if (name.equals(StatusgenProcessor.ANNOTATION) || name.equals(PACKAGE + ".*")) {
                return true;
            }
        }
        return false;
    }
}
