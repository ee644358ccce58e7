package skein.conformance.corpus;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Every recorded test program, run with the whole runtime (core programs use native modules
 * too): the core-language corpus kept with the interpreter's tests, and this module's own.
 */
class ProgramCorpusTest {

    private static ProgramRunner runner;

    @BeforeAll
    static void start() {
        runner = new ProgramRunner();
    }

    @AfterAll
    static void stop() {
        runner.close();
    }

    @TestFactory
    Stream<DynamicNode> corePrograms() throws IOException {
        return ProgramCorpus.tests(Path.of("../interpreter/src/test/programs").toAbsolutePath().normalize(), runner);
    }

    @TestFactory
    Stream<DynamicNode> nativeModulePrograms() throws IOException {
        return ProgramCorpus.tests(Path.of("../stdlib/src/test/programs").toAbsolutePath().normalize(), runner);
    }
}
