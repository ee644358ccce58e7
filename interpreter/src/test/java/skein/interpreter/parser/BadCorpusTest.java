package skein.interpreter.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles every file of {@code parser/bad} and compares the error with the one CPython raised
 * (recorded by {@code parser/record.py}): type and message always, line, and offset unless the
 * recording says it is not compared.
 */
class BadCorpusTest {

    static List<Path> sources() {
        return Corpus.files("bad", ".py");
    }

    @Test
    void corpusIsThere() {
        assertFalse(sources().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("sources")
    void errorMatchesCPython(Path file) {
        String name = file.getFileName().toString();
        List<String> expected = Corpus.read(Corpus.sibling(file, ".expected")).lines().toList();
        PythonSyntaxError error = assertThrows(PythonSyntaxError.class,
                () -> SourceParser.parseModule(Corpus.read(file), name), name + " parsed without error");
        String actual = error.kind().pythonName + ": " + error.msg() + " (line " + error.lineno() + ", offset "
                + error.offset() + ")";
        String wanted = expected.get(0) + ": " + expected.get(1) + " (line " + expected.get(2) + ", offset "
                + expected.get(3) + ")";
        assertEquals(expected.get(0), error.kind().pythonName, name + ": " + actual + ", wanted " + wanted);
        assertEquals(expected.get(1), error.msg(), name + ": " + actual + ", wanted " + wanted);
        assertEquals(expected.get(2), String.valueOf(error.lineno()), name + ": " + actual + ", wanted " + wanted);
        if (expected.get(4).equals("offset compared")) {
            assertEquals(expected.get(3), String.valueOf(error.offset()), name + ": " + actual + ", wanted " + wanted);
        }
    }

    /** Errors CPython finds only when compiling ("'return' outside function") are not ast.parse's. */
    @ParameterizedTest
    @MethodSource("sources")
    void astParseAgreesWithCPython(Path file) {
        String name = file.getFileName().toString();
        List<String> expected = Corpus.read(Corpus.sibling(file, ".expected")).lines().toList();
        String source = Corpus.read(file);
        if (expected.get(5).equals("ast.parse: ok")) {
            SourceParser.parseAst(source, name);
        } else {
            PythonSyntaxError error = assertThrows(PythonSyntaxError.class, () -> SourceParser.parseAst(source, name),
                    name + " parsed without error");
            assertEquals(expected.get(1), error.msg(), name);
        }
    }
}
