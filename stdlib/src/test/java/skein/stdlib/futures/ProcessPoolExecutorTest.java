package skein.stdlib.futures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import skein.interpreter.SkeinContext;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.exception.PException;

/**
 * {@code ProcessPoolExecutor} needs {@code multiprocessing}, which Skein does not have yet:
 * reaching it, through {@code concurrent.futures} or its own module, raises a
 * NotImplementedError that says so (CPython runs these, so no recorded program can test it),
 * and leaves the rest of {@code concurrent.futures} usable.
 */
class ProcessPoolExecutorTest {

    private static final String MESSAGE = "concurrent.futures.ProcessPoolExecutor needs the multiprocessing module, "
            + "which Skein does not have yet";

    @Test
    void reachingProcessPoolExecutorSaysMultiprocessingIsMissing() {
        SkeinContext context = SkeinContext.get(null);
        Object futures = context.importSystem().importAbsolute("concurrent.futures");
        PException viaPackage = assertThrows(PException.class, () -> Attributes.get(futures, "ProcessPoolExecutor"));
        assertEquals("NotImplementedError", viaPackage.typeName());
        assertEquals(MESSAGE, viaPackage.messageText());
        PException viaModule = assertThrows(PException.class,
                () -> context.importSystem().importAbsolute("concurrent.futures.process"));
        assertEquals(MESSAGE, viaModule.messageText());
        assertEquals(null, context.sysModules().getItem("concurrent.futures.process"));
        assertEquals("ThreadPoolExecutor", ((skein.interpreter.objects.PythonClass)
                Attributes.get(futures, "ThreadPoolExecutor")).getName());
    }
}
