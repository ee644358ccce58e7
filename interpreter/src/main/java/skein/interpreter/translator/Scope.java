package skein.interpreter.translator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of one scope (module, class body, function, lambda, comprehension) and how each is
 * reached, decided before any node is built: CPython's symbol table.
 */
public final class Scope {

    public enum Kind { MODULE, CLASS, FUNCTION, COMPREHENSION }

    /** How the code of this scope reaches a name. */
    public enum Access {
        /** A frame slot of this function. */
        LOCAL,
        /** A local that nested functions capture: its frame slot holds a cell. */
        CELL,
        /** A variable of an enclosing function, reached through the closure. */
        FREE,
        /** Declared {@code global}, or never bound in any function around: module globals, then builtins. */
        GLOBAL,
        /**
         * Bound in a class body or at the top of code compiled by {@code compile} (or read there
         * without a binding): the namespace (class namespace, exec's locals) first.
         */
        CLASS_NAME
    }

    private final Kind kind;
    private final String name;
    private final Scope parent;
    private final List<Scope> children = new ArrayList<>();
    /** Names bound here (assigned, imported, defined, parameters), in first-binding order. */
    final Set<String> bound = new LinkedHashSet<>();
    /** Names read here. */
    final Set<String> used = new LinkedHashSet<>();
    final Set<String> declaredGlobal = new LinkedHashSet<>();
    final Set<String> declaredNonlocal = new LinkedHashSet<>();
    final List<String> parameters = new ArrayList<>();
    /** Names of this scope captured by nested scopes. */
    final Set<String> captured = new LinkedHashSet<>();
    /** Names this scope takes from enclosing functions, in closure order. */
    final Set<String> free = new LinkedHashSet<>();
    private final Map<String, Access> resolved = new LinkedHashMap<>();
    /** Whether names bound and read here live in a namespace mapping: class bodies and compiled top-level code. */
    final boolean namesInNamespace;
    boolean usesSuperOrClass;
    /** For a class body: whether some method needs the implicit {@code __class__} cell. */
    boolean needsClassCell;

    Scope(Kind kind, String name, Scope parent) {
        this(kind, name, parent, kind == Kind.CLASS);
    }

    Scope(Kind kind, String name, Scope parent, boolean namesInNamespace) {
        this.kind = kind;
        this.namesInNamespace = namesInNamespace;
        this.name = name;
        this.parent = parent;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    public Kind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public Scope parent() {
        return parent;
    }

    public boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.COMPREHENSION;
    }

    public List<String> parameters() {
        return parameters;
    }

    /** How a name is reached from this scope's code. */
    public Access access(String variable) {
        Access access = resolved.get(variable);
        if (access != null) {
            return access;
        }
        return namesInNamespace ? Access.CLASS_NAME : Access.GLOBAL;
    }

    void resolve(String variable, Access access) {
        resolved.put(variable, access);
    }

    /** Locals and cells of this function, parameters first: the frame slots it needs. */
    public List<String> frameVariables() {
        List<String> out = new ArrayList<>(parameters);
        for (Map.Entry<String, Access> e : resolved.entrySet()) {
            if ((e.getValue() == Access.LOCAL || e.getValue() == Access.CELL) && !out.contains(e.getKey())) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** The names taken from enclosing functions, in the order the closure holds their cells. */
    public List<String> freeVariables() {
        return new ArrayList<>(free);
    }

    /** This scope's own variables that nested functions capture. */
    public List<String> cellVariables() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Access> e : resolved.entrySet()) {
            if (e.getValue() == Access.CELL) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    public boolean needsClassCell() {
        return needsClassCell;
    }

    List<Scope> children() {
        return children;
    }

    @Override
    public String toString() {
        return kind + " " + name + " " + resolved;
    }
}
