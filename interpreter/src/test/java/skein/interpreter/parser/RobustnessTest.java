package skein.interpreter.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;

import skein.interpreter.ast.Module;

/**
 * Bad or huge input must end in an AST or a PythonSyntaxError, in bounded time: never a hang,
 * a StackOverflowError, an OutOfMemoryError or another Java exception.
 */
class RobustnessTest {

    /** Decodes and parses; returns normally for an AST or a SyntaxError, and lets anything else fail the test. */
    private static void parseBytes(byte[] bytes) {
        try {
            SourceParser.parseModule(SourceDecoder.decode(bytes, "random.py"), "random.py");
        } catch (PythonSyntaxError expected) {
            assertTrue(expected.lineno() >= 0, "a line number");
        }
    }

    private static void parseText(String text) {
        try {
            SourceParser.parseModule(text, "soup.py");
        } catch (PythonSyntaxError expected) {
            assertTrue(expected.msg() != null && !expected.msg().isEmpty(), "a message");
        }
    }

    @Test
    void randomBytes() {
        Random random = new Random(20240611L);
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            for (int i = 0; i < 400; i++) {
                byte[] bytes = new byte[random.nextInt(3000)];
                random.nextBytes(bytes);
                parseBytes(bytes);
            }
        });
    }

    @Test
    void randomAsciiText() {
        Random random = new Random(7L);
        String alphabet = "abcxyz_019 \t\n\n\n()[]{}:,;.=+-*/%@<>!~^&|'\"\\#";
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            for (int i = 0; i < 400; i++) {
                StringBuilder text = new StringBuilder();
                for (int n = random.nextInt(2000); n > 0; n--) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                parseText(text.toString());
            }
        });
    }

    /** Random sequences of Python tokens reach much further into the parser than random characters. */
    @Test
    void randomTokenSoup() {
        String[] words = {"x", "y", "f", "1", "2.5", "'s'", "f'{x}'", "b'b'", "(", ")", "[", "]", "{", "}", ":", ",",
            ";", ".", "=", "==", ":=", "+", "-", "*", "**", "/", "//", "@", "->", "...", "if", "else", "elif", "for",
            "in", "not", "is", "and", "or", "lambda", "def", "class", "return", "yield", "await", "async", "with",
            "as", "try", "except", "finally", "raise", "from", "import", "global", "del", "pass", "while", "\n",
            "\n    ", "\n        ", "\n", " "};
        Random random = new Random(42L);
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            for (int i = 0; i < 600; i++) {
                StringBuilder text = new StringBuilder();
                for (int n = random.nextInt(300); n > 0; n--) {
                    text.append(words[random.nextInt(words.length)]).append(' ');
                }
                parseText(text.toString());
            }
        });
    }

    @Test
    void fiftyMegabytes() {
        String source = GeneratedCode.ofSize(50 * 1024 * 1024);
        assertTimeoutPreemptively(Duration.ofMinutes(10), () -> {
            Module module = SourceParser.parseModule(source, "big.py");
            int blocks = (int) source.lines().filter(line -> line.startsWith("class Worker")).count();
            assertEquals(blocks * GeneratedCode.STATEMENTS_PER_BLOCK, module.body().size());
        });
    }

    @Test
    void fiftyMegabytesOfBadInput() {
        StringBuilder source = new StringBuilder(50 * 1024 * 1024 + 16);
        while (source.length() < 50 * 1024 * 1024) {
            source.append("x = [1, 2, (3, {4: 5}), 'six'] if seven else eight  # comment\n");
        }
        source.append("x = = 1\n");
        assertTimeoutPreemptively(Duration.ofMinutes(10), () -> {
            PythonSyntaxError error = assertThrows(PythonSyntaxError.class,
                    () -> SourceParser.parseModule(source.toString(), "bad.py"));
            assertEquals("invalid syntax", error.msg());
        });
    }

    @Test
    void nestingAsDeepAsCPythonAllows() {
        SourceParser.parseModule("x = " + "-".repeat(2000) + "1\n", "deep.py");
        SourceParser.parseModule("x = " + "(".repeat(200) + "1" + ")".repeat(200) + "\n", "deep.py");
        SourceParser.parseModule("x = " + "[".repeat(200) + "]".repeat(200) + "\n", "deep.py");
        SourceParser.parseModule("x = " + String.join(" + ", java.util.Collections.nCopies(2000, "a")) + "\n",
                "deep.py");
    }

    @Test
    void tooManyParentheses() {
        PythonSyntaxError error = assertThrows(PythonSyntaxError.class,
                () -> SourceParser.parseModule("x = " + "(".repeat(100_000) + "\n", "deep.py"));
        assertEquals("too many nested parentheses", error.msg());
    }

    /** CPython gives up on these with RecursionError or MemoryError; Skein reports a SyntaxError. */
    @Test
    void nestingDeeperThanCPythonAllows() {
        String[] sources = {
            "x = " + "-".repeat(100_000) + "1\n",
            "x = " + "not ".repeat(100_000) + "1\n",
            "x = " + "lambda: ".repeat(100_000) + "1\n",
            "x = " + "a if b else ".repeat(100_000) + "c\n",
            "x = " + "a.b".repeat(1) + ".b".repeat(100_000) + "\n",
            "x = f" + "()".repeat(100_000) + "\n",
            "x = " + String.join("**", java.util.Collections.nCopies(100_000, "a")) + "\n",
            "x = " + String.join("+", java.util.Collections.nCopies(100_000, "a")) + "\n",
        };
        for (String source : sources) {
            PythonSyntaxError error = assertThrows(PythonSyntaxError.class,
                    () -> SourceParser.parseModule(source, "deep.py"), source.substring(0, 20));
            assertEquals("maximum recursion depth exceeded during compilation", error.msg());
        }
    }
}
