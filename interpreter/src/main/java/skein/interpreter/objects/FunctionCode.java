package skein.interpreter.objects;

import com.oracle.truffle.api.interop.TruffleObject;

import com.oracle.truffle.api.RootCallTarget;

/**
 * What a {@code def}, {@code lambda}, class body or module compiles to: shared by every
 * function object made from it, in every context, so it holds nothing context-specific.
 */
public final class FunctionCode implements TruffleObject {

    public enum Kind { FUNCTION, GENERATOR, COROUTINE, ASYNC_GENERATOR, CLASS_BODY, MODULE }

    private final String name;
    private final String qualname;
    private final String filename;
    private final int firstLine;
    private final Signature signature;
    private final Kind kind;
    private final String[] localNames;
    private final String[] freeNames;
    private final String[] cellNames;
    private final Object docString;
    private RootCallTarget callTarget;

    public FunctionCode(String name, String qualname, String filename, int firstLine, Signature signature, Kind kind,
                        String[] localNames, String[] freeNames, String[] cellNames, Object docString) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLine = firstLine;
        this.signature = signature;
        this.kind = kind;
        this.localNames = localNames;
        this.freeNames = freeNames;
        this.cellNames = cellNames;
        this.docString = docString;
    }

    /** Set once by the translator, after the body's root node exists. */
    public void setCallTarget(RootCallTarget callTarget) {
        this.callTarget = callTarget;
    }

    public RootCallTarget callTarget() {
        return callTarget;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    public String filename() {
        return filename;
    }

    public int firstLine() {
        return firstLine;
    }

    public Signature signature() {
        return signature;
    }

    public Kind kind() {
        return kind;
    }

    public String[] localNames() {
        return localNames;
    }

    public String[] freeNames() {
        return freeNames;
    }

    public String[] cellNames() {
        return cellNames;
    }

    /** The docstring constant, or null. */
    public Object docString() {
        return docString;
    }
}
