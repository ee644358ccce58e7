package skein.stdlib.functools;

import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * {@code functools.partial(func, /, *args, **keywords)}: func with some arguments fixed. A
 * partial of a plain partial is flattened into one, as in CPython.
 */
public final class Partial extends PythonObject {

    /** Partials whose repr is being built on this thread: one inside itself shows as ... */
    private static final ThreadLocal<Set<Partial>> REPR_IN_PROGRESS =
            ThreadLocal.withInitial(() -> Collections.newSetFromMap(new IdentityHashMap<>()));

    private volatile Object function;
    private volatile PTuple args;
    private volatile PDict keywords;

    Partial(PythonClass cls, Object function, PTuple args, PDict keywords) {
        super(cls);
        this.function = function;
        this.args = args;
        this.keywords = keywords;
    }

    /** {@code __setstate__}: the function, arguments and keywords of an unpickled partial. */
    void restore(Object newFunction, PTuple newArgs, PDict newKeywords) {
        this.function = newFunction;
        this.args = newArgs;
        this.keywords = newKeywords;
    }

    public Object function() {
        return function;
    }

    PTuple args() {
        return args;
    }

    PDict keywords() {
        return keywords;
    }

    /** {@code func(*self.args, *more, **{**self.keywords, **moreKeywords})}. */
    Object call(Object[] more, PDict moreKeywords) {
        Object[] all = new Object[args.size() + more.length];
        System.arraycopy(args.items(), 0, all, 0, args.size());
        System.arraycopy(more, 0, all, args.size(), more.length);
        PDict.Entry[] fixed = keywords.entrySnapshot();
        PDict.Entry[] given = moreKeywords.entrySnapshot();
        if (given.length == 0 && fixed.length == 0) {
            return Calls.call(function, all);
        }
        PDict merged = keywords.copy(keywords.getPythonClass());
        for (PDict.Entry e : given) {
            merged.setItem(e.key, e.value());
        }
        PDict.Entry[] entries = merged.entrySnapshot();
        String[] names = new String[entries.length];
        Object[] values = new Object[entries.length];
        for (int i = 0; i < entries.length; i++) {
            if (!(entries[i].key instanceof String name)) {
                throw PythonErrors.typeError("keywords must be strings");
            }
            names[i] = name;
            values[i] = entries[i].value();
        }
        return Calls.callWithKeywords(function, all, names, values);
    }

    /** {@code functools.partial(<func>, 1, key=2)}; a subclass shows its own name. */
    String repr(boolean exactType) {
        Set<Partial> inProgress = REPR_IN_PROGRESS.get();
        if (!inProgress.add(this)) {
            return "...";
        }
        try {
            String name = exactType ? "functools.partial" : getPythonClass().getName();
            StringBuilder sb = new StringBuilder(name).append('(').append(Reprs.repr(function));
            for (Object arg : args.items()) {
                sb.append(", ").append(Reprs.repr(arg));
            }
            for (PDict.Entry e : keywords.entrySnapshot()) {
                sb.append(", ").append(Reprs.str(e.key)).append('=').append(Reprs.repr(e.value()));
            }
            return sb.append(')').toString();
        } finally {
            inProgress.remove(this);
        }
    }
}
