package skein.interpreter.nodes;

import com.oracle.truffle.api.dsl.TypeSystem;

/** The Java types nodes specialize on: Python's int (when it fits), float, bool and str. */
@TypeSystem({long.class, double.class, boolean.class, String.class})
public abstract class PythonTypes {
}
