package skein.interpreter.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decodes every byte sequence of {@code parser/decoder} (defined in its cases.py) and compares
 * with what python3 did running it as a script, as recorded by {@code parser/record.py}: the
 * decoded text, or the SyntaxError's last line and line number.
 */
class SourceDecoderTest {

    static List<Path> cases() {
        return Corpus.files("decoder", ".bin");
    }

    @Test
    void corpusIsThere() {
        assertFalse(cases().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void decodesAsCPython(Path file) throws IOException {
        String name = file.getFileName().toString();
        byte[] bytes = Files.readAllBytes(file);
        List<String> expected = Corpus.read(Corpus.sibling(file, ".expected")).lines().toList();
        if (expected.get(0).equals("ok")) {
            assertEquals(Corpus.read(Corpus.sibling(file, ".decoded")), SourceDecoder.decode(bytes, name), name);
        } else {
            PythonSyntaxError error = assertThrows(PythonSyntaxError.class, () -> SourceDecoder.decode(bytes, name),
                    name + " decoded without error");
            assertEquals(expected.get(1), error.toString(), name);
            assertEquals(expected.get(2), String.valueOf(error.lineno()), name + ": line");
        }
    }

    @Test
    void decodedSourceParses() {
        String text = SourceDecoder.decode("# coding: latin-1\nx = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1),
                "latin.py");
        assertEquals("x = 'é'", text.lines().toList().get(1));
        SourceParser.parseModule(text, "latin.py");
    }
}
