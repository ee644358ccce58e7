package skein.interpreter.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import skein.interpreter.ast.Module;

/**
 * Parses a generated 10,000-line file several times and prints how long each parse took once
 * warm. It asserts no time (the build machine's load varies); the figure is for people.
 */
class ParseSpeedTest {

    @Test
    void tenThousandLines() {
        StringBuilder source = new StringBuilder();
        int blocks = 0;
        while (source.toString().lines().count() < 10_000) {
            source.append(GeneratedCode.block(blocks++));
        }
        String text = source.toString();
        long lines = text.lines().count();
        long best = Long.MAX_VALUE;
        Module module = null;
        for (int round = 0; round < 8; round++) {
            long start = System.nanoTime();
            module = SourceParser.parseModule(text, "generated.py");
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("ParseSpeedTest: %d lines parsed in %.1f ms (best of 8 runs)%n", lines, best / 1e6);
        assertEquals(blocks * GeneratedCode.STATEMENTS_PER_BLOCK, module.body().size());
    }
}
