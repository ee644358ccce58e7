package skein.interpreter.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import skein.interpreter.ast.Expr;

/**
 * Parses every source of {@code parser/eval} as eval() does (its leading spaces and tabs
 * stripped, then {@link SourceParser#parseExpression}) and compares with what python3 made of it
 * (recorded by {@code parser/record.py}).
 */
class EvalCorpusTest {

    static List<Path> sources() {
        return Corpus.files("eval", ".src");
    }

    @Test
    void corpusIsThere() {
        assertFalse(sources().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("sources")
    void parsesAsEval(Path file) {
        String name = file.getFileName().toString();
        String source = Corpus.read(file);
        List<String> expected = Corpus.read(Corpus.sibling(file, ".expected")).lines().toList();
        // eval() ignores the spaces and tabs that start its source before compiling it.
        String stripped = source.replaceFirst("^[ \\t]+", "");
        if (expected.get(0).equals("ok")) {
            Expr expression = SourceParser.parseExpression(stripped, name);
            assertEquals(expected.get(1), AstDumper.dumpExpression(expression, stripped, false), name);
            assertEquals(expected.get(2), AstDumper.dumpExpression(expression, stripped, true), name);
        } else {
            PythonSyntaxError error = assertThrows(PythonSyntaxError.class,
                    () -> SourceParser.parseExpression(stripped, name), name);
            assertEquals(List.of(expected.get(1), expected.get(2), expected.get(3), expected.get(4)),
                    List.of(error.kind().pythonName, error.msg(), String.valueOf(error.lineno()),
                            String.valueOf(error.offset())), name);
        }
    }
}
