package skein.interpreter.objects;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.interop.TruffleObject;

/**
 * What a {@code def}, {@code lambda}, class body or module compiles to: shared by every
 * function object made from it, in every context, so it holds nothing context-specific.
 */
public final class FunctionCode implements TruffleObject {

    public enum Kind { FUNCTION, GENERATOR, COROUTINE, ASYNC_GENERATOR, CLASS_BODY, MODULE }

    public static final int ITERABLE_COROUTINE = 0x100;

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
    /** For generators, coroutines and async generators: the root that runs the body on its resumable frame. */
    private RootCallTarget bodyTarget;
    /** Flags added after compilation (see {@link #withFlags}). */
    private int extraFlags;
    /** Whether the body has cleanup code (try, with) that closing a suspended generator runs. */
    private boolean hasCleanup;

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

    /** Set once by the translator for code whose body suspends. */
    public void setBodyTarget(RootCallTarget bodyTarget) {
        this.bodyTarget = bodyTarget;
    }

    public RootCallTarget bodyTarget() {
        return bodyTarget;
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

    /**
     * {@code co_flags}, as CPython computes them for this kind of code: optimized locals,
     * {@code *args}/{@code **kwargs}, nesting, and what kind of frame a call makes.
     */
    public int flags() {
        int flags = switch (kind) {
            case MODULE, CLASS_BODY -> 0;
            case FUNCTION -> 0x3;
            case GENERATOR -> 0x3 | 0x20;
            case COROUTINE -> 0x3 | 0x80;
            case ASYNC_GENERATOR -> 0x3 | 0x200;
        };
        if (signature.hasVarArgs()) {
            flags |= 0x4;
        }
        if (signature.hasVarKeywords()) {
            flags |= 0x8;
        }
        if (kind != Kind.MODULE && kind != Kind.CLASS_BODY && qualname.contains("<locals>")) {
            flags |= 0x10;
        }
        return flags | extraFlags;
    }

    /** A copy of this code with more {@code co_flags} ({@code types.coroutine} adds CO_ITERABLE_COROUTINE). */
    public FunctionCode withFlags(int flags) {
        FunctionCode copy = new FunctionCode(name, qualname, filename, firstLine, signature, kind, localNames, freeNames,
                cellNames, docString);
        copy.extraFlags = extraFlags | flags;
        copy.hasCleanup = hasCleanup;
        copy.callTarget = callTarget;
        copy.bodyTarget = bodyTarget;
        return copy;
    }

    /** Whether generators of this code can be awaited (CO_ITERABLE_COROUTINE, set by {@code types.coroutine}). */
    public boolean isIterableCoroutine() {
        return (extraFlags & ITERABLE_COROUTINE) != 0;
    }

    /** Set by the translator for generator code with {@code try} or {@code with} statements. */
    public void markHasCleanup() {
        hasCleanup = true;
    }

    public boolean hasCleanup() {
        return hasCleanup;
    }

    /** The docstring constant, or null. */
    public Object docString() {
        return docString;
    }
}
