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
 * Reads every byte sequence of {@code parser/decoder} (defined in its cases.py) as a script is
 * read, decoded and then parsed, since CPython finds most bad bytes only when its tokenizer
 * reaches them, and compares with what python3 did running it, as recorded by
 * {@code parser/record.py}: the decoded text, or the error's last line and line number.
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
    void readsAsCPython(Path file) throws IOException {
        String name = file.getFileName().toString();
        byte[] bytes = Files.readAllBytes(file);
        List<String> expected = Corpus.read(Corpus.sibling(file, ".expected")).lines().toList();
        if (expected.get(0).equals("ok")) {
            String text = SourceDecoder.decode(bytes, name);
            SourceParser.parseModule(text, name);
            // CPython's recording replaces the bytes a comment may hold that do not decode.
            assertEquals(Corpus.read(Corpus.sibling(file, ".decoded")), UndecodedBytes.shown(text), name);
        } else {
            RuntimeException error = assertThrows(RuntimeException.class,
                    () -> SourceParser.parseModule(SourceDecoder.decode(bytes, name), name), name + " read without error");
            assertEquals(expected.get(1), error.toString(), name);
            int line = error instanceof PythonSyntaxError syntaxError ? syntaxError.lineno() : 0;
            assertEquals(expected.get(2), String.valueOf(line), name + ": line");
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
