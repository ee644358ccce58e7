package skein.interpreter.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import skein.interpreter.ast.Module;

/**
 * Parses every file of {@code parser/ok} and compares the AST with what CPython's
 * {@code ast.dump} printed for it (recorded by {@code parser/record.py}), without and with
 * positions.
 */
class OkCorpusTest {

    static List<Path> sources() {
        return Corpus.files("ok", ".py");
    }

    @Test
    void corpusIsThere() {
        assertFalse(sources().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("sources")
    void dumpMatchesCPython(Path file) {
        compare(file, ".dump", false);
    }

    @ParameterizedTest
    @MethodSource("sources")
    void positionsMatchCPython(Path file) {
        compare(file, ".attrs", true);
    }

    private static void compare(Path file, String recording, boolean attributes) {
        String source = Corpus.read(file);
        Module module = SourceParser.parseModule(source, file.getFileName().toString());
        String normalized = source.replace("\r\n", "\n").replace('\r', '\n');
        String actual = AstDumper.dump(module, normalized, attributes);
        String expected = Corpus.read(Corpus.sibling(file, recording)).strip();
        if (!expected.equals(actual)) {
            fail(file.getFileName() + ": " + Corpus.firstDifference(expected, actual));
        }
    }
}
