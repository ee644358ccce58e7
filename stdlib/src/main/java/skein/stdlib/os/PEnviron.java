package skein.stdlib.os;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;

/**
 * {@code os.environ} of one process: the mapping Python sees, and the process environment
 * itself (what a child process would inherit), which {@code os.environ} writes through to
 * and which {@code putenv}/{@code unsetenv} change alone, as in CPython.
 */
final class PEnviron extends PythonObject {

    private final PDict data;
    private final Map<String, String> process;

    PEnviron(PythonClass cls, PDict data, Map<String, String> initial) {
        super(cls);
        this.data = data;
        this.process = new ConcurrentHashMap<>(initial);
    }

    /** What {@code os.environ} shows: str keys to str values. */
    PDict data() {
        return data;
    }

    void putenv(String key, String value) {
        process.put(key, value);
    }

    void unsetenv(String key) {
        process.remove(key);
    }
}
