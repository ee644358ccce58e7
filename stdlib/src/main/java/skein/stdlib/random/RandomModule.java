package skein.stdlib.random;

import skein.interpreter.SkeinContext;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.modules.NativeModule;
import skein.interpreter.objects.PBuiltinFunction;
import skein.interpreter.objects.PBytes;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PModule;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * The {@code random} module: the {@code Random} and {@code SystemRandom} classes, and the
 * module functions, which are the bound methods of one hidden {@code Random} per process,
 * seeded from system entropy when the module is imported.
 */
public final class RandomModule implements NativeModule {

    /** The module functions: methods of the hidden instance. */
    private static final String[] BOUND_METHODS = {"seed", "random", "uniform", "triangular", "randint", "choice",
        "randrange", "sample", "shuffle", "choices", "normalvariate", "lognormvariate", "expovariate",
        "vonmisesvariate", "gammavariate", "gauss", "betavariate", "paretovariate", "weibullvariate", "getstate",
        "setstate", "getrandbits", "randbytes"};
    private static final String NO_STATE = "System entropy source does not have state.";

    private PythonClass randomType;
    private PythonClass systemRandomType;

    @Override
    public String name() {
        return "random";
    }

    @Override
    public void define(ModuleBuilder module) {
        randomType = module.type("Random", this::create, true);
        BuiltinDefiner d = module.definer();
        RandomMethods.define(d, randomType, this);
        d.constant(randomType, "VERSION", (long) RandomState.VERSION);
        systemRandomType = module.type("SystemRandom", this::create, true, randomType);
        defineSystemRandom(d);
        module.constant("NV_MAGICCONST", 4 * Math.exp(-0.5) / Math.sqrt(2.0));
        module.constant("TWOPI", 2.0 * Math.PI);
        module.constant("LOG4", Math.log(4.0));
        module.constant("SG_MAGICCONST", 1.0 + Math.log(4.5));
        module.constant("BPF", 53L);
        module.constant("RECIP_BPF", 0x1p-53);
    }

    private void defineSystemRandom(BuiltinDefiner d) {
        PythonClass type = systemRandomType;
        d.method(type, "random(self, /)", a -> RandomMethods.self(a).ownSource().random());
        d.method(type, "getrandbits(self, k, /)", a ->
                IntOps.normalize(RandomMethods.self(a).ownSource().getrandbits(RandomArguments.count(a[1]))));
        d.method(type, "randbytes(self, n)", a -> new PBytes(d.types().bytesType,
                RandomMethods.self(a).ownSource().randbytes(RandomArguments.count(a[1]))));
        d.method(type, "seed(self, *args, **kwds)", a -> PNone.NONE);
        d.method(type, "getstate(self, *args, **kwds)", a -> {
            throw PythonErrors.notImplementedError(NO_STATE);
        });
        d.method(type, "setstate(self, *args, **kwds)", a -> {
            throw PythonErrors.notImplementedError(NO_STATE);
        });
    }

    /**
     * A new instance of {@code cls}, seeded from entropy. A subclass that defines its own
     * {@code random()} or {@code getrandbits()} has every algorithm draw through them, and
     * integers come from {@code getrandbits} unless the class nearest in its MRO defines only
     * {@code random} (CPython decides the same when the subclass is made).
     */
    PRandom create(PythonClass cls) {
        boolean system = cls.isSubclassOf(systemRandomType);
        PRandom instance = new PRandom(cls, system ? new SystemEntropy() : null);
        boolean overridden = !(cls.lookup("random") instanceof PBuiltinFunction)
                || !(cls.lookup("getrandbits") instanceof PBuiltinFunction);
        if (overridden) {
            instance.engine().drawFrom(new PythonMethodSource(instance), integerDraws(cls));
        } else if (system) {
            instance.engine().drawFrom(instance.ownSource(), Random.IntegerDraws.GETRANDBITS);
        }
        return instance;
    }

    private static Random.IntegerDraws integerDraws(PythonClass cls) {
        for (PythonClass c : cls.getMro()) {
            PDict namespace = c.getNamespace();
            if (namespace.getItem("getrandbits") != null) {
                return Random.IntegerDraws.GETRANDBITS;
            }
            if (namespace.getItem("random") != null) {
                return Random.IntegerDraws.FLOATS;
            }
        }
        return Random.IntegerDraws.GETRANDBITS;
    }

    @Override
    public void initialize(PModule module, SkeinContext context) {
        PRandom hidden = create(randomType);
        PDict globals = module.globals();
        globals.setItem("_inst", hidden);
        for (String name : BOUND_METHODS) {
            globals.setItem(name, Attributes.get(hidden, name));
        }
    }
}
