package skein.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tokenizes each source of {@code lexer/} and compares the tokens with those CPython's
 * tokenize module produced (recorded by {@code lexer/record.py}); then parses it whole.
 */
class PythonLexerTest {

    static List<Path> sources() throws IOException, URISyntaxException {
        Path folder = Path.of(PythonLexerTest.class.getResource("/lexer").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".py") && !p.getFileName().toString().equals("record.py"))
                    .sorted().toList();
        }
    }

    @Test
    void corpusIsThere() throws IOException, URISyntaxException {
        assertFalse(sources().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("sources")
    void tokensMatchCPython(Path file) throws IOException {
        String name = file.getFileName().toString();
        String expected = Files.readString(file.resolveSibling(name.replace(".py", ".tokens")), StandardCharsets.UTF_8);
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(source(file)));
        List<String> actual = new ArrayList<>();
        for (Token token = lexer.nextToken(); ; token = lexer.nextToken()) {
            actual.add(describe((PythonToken) token));
            if (token.getType() == Token.EOF) {
                break;
            }
        }
        assertNull(lexer.tokenizerError(), name);
        assertEquals(expected.strip(), String.join("\n", actual), name);
    }

    @ParameterizedTest
    @MethodSource("sources")
    void parsesWhole(Path file) throws IOException {
        PythonParser parser = new PythonParser(new CommonTokenStream(new PythonLexer(CharStreams.fromString(source(file)))));
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        assertFalse(parser.file_input().statement().isEmpty(), file.getFileName().toString());
    }

    /** The lexer wants '\n' line ends, as Skein's front end provides. */
    private static String source(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The token as record.py writes CPython's: tokenize's type name and position. */
    private static String describe(PythonToken token) {
        String kind = switch (token.getType()) {
            case Token.EOF -> "ENDMARKER";
            case PythonLexer.NEWLINE -> "NEWLINE";
            case PythonLexer.INDENT -> "INDENT";
            case PythonLexer.DEDENT -> "DEDENT";
            case PythonLexer.NUMBER -> "NUMBER";
            case PythonLexer.STRING -> "STRING";
            case PythonLexer.NAME -> "NAME";
            default -> Character.isLetter(PythonLexer.VOCABULARY.getLiteralName(token.getType()).charAt(1)) ? "NAME" : "OP";
        };
        return switch (kind) {
            case "ENDMARKER", "NEWLINE", "INDENT", "DEDENT" -> kind + " " + token.getLine();
            default -> kind + " " + token.getLine() + " " + token.getCharPositionInLine() + " " + token.getEndLine() + " "
                    + token.getEndColumn();
        };
    }
}
