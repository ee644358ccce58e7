package skein.interpreter.runtime;

import com.oracle.truffle.api.frame.Frame;

/**
 * The layout of a call's argument array: the bound parameters first, in signature order, so a
 * builtin reads its n-th parameter at index n; then the callee (the function object, which
 * gives a Python frame its globals and closure); then one extra slot (a class body's
 * namespace); then the calling thread's {@link PythonThreadState}, handed from caller to
 * callee so that no call has to look it up in a thread-local.
 */
public final class PArguments {

    private static final int HEADER = 3;

    private PArguments() {
    }

    public static Object[] create(int parameterCount) {
        return new Object[parameterCount + HEADER];
    }

    public static int parameterCount(Object[] arguments) {
        return arguments.length - HEADER;
    }

    public static Object getCallee(Object[] arguments) {
        return arguments[arguments.length - 3];
    }

    public static Object getCallee(Frame frame) {
        return getCallee(frame.getArguments());
    }

    public static void setCallee(Object[] arguments, Object callee) {
        arguments[arguments.length - 3] = callee;
    }

    public static Object getExtra(Object[] arguments) {
        return arguments[arguments.length - 2];
    }

    public static Object getExtra(Frame frame) {
        return getExtra(frame.getArguments());
    }

    public static void setExtra(Object[] arguments, Object extra) {
        arguments[arguments.length - 2] = extra;
    }

    /** The thread state the caller passed; null when Java code called without one. */
    public static PythonThreadState getThreadState(Object[] arguments) {
        return (PythonThreadState) arguments[arguments.length - 1];
    }

    public static PythonThreadState getThreadState(Frame frame) {
        return getThreadState(frame.getArguments());
    }

    public static void setThreadState(Object[] arguments, PythonThreadState state) {
        arguments[arguments.length - 1] = state;
    }
}
