package skein.interpreter.cells;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;
import skein.interpreter.SkeinLanguage;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notebook cells run as one session: later cells see earlier cells' names, a last bare
 * expression is displayed through {@code sys.displayhook} (its repr, unless None), and an
 * exception is printed rather than raised, so the session goes on.
 */
class CellSessionTest {

    @Test
    void cellsShareASessionAndDisplayTheirLastExpression() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("skein").out(out).err(err)
                .option("engine.WarnInterpreterOnly", "false").build()) {
            assertEquals(0, cell(context, "x = 41\n", 1));
            assertEquals(0, cell(context, "x + 1\n", 2));
            assertEquals(0, cell(context, "None\n", 3));
            assertEquals(0, cell(context, "def gen():\n    yield 1\ng = gen()\nnext(g)\n", 4));
            assertEquals(1, cell(context, "raise ValueError('in a cell')\n", 5));
            assertEquals(0, cell(context, "print(x, _)\n'text'\n", 6));
            assertEquals(0, cell(context, "'not shown'\nfor i in range(2):\n    i * 10\n", 7));
        }
        assertEquals("42\n1\n41 1\n'text'\n0\n10\n", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).endsWith("ValueError: in a cell\n"), err.toString());
    }

    private static int cell(Context context, String text, int number) {
        Source source = Source.newBuilder("skein", text, "<cell " + number + ">").mimeType(SkeinLanguage.CELL_MIME_TYPE)
                .buildLiteral();
        return context.eval(source).asInt();
    }
}
