package skein.stdlib.thread;

import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.Constructors;

/** The type {@code _thread._local}, which {@code threading.local} is. */
final class LocalType {

    private LocalType() {
    }

    static void define(ModuleBuilder m) {
        PythonClass local = m.type("_local", Local::new, true);
        Object objectInit = m.types().objectType.lookup("__init__");
        m.definer().staticMethod(local, "__new__(cls, /, *args, **kwargs)", a -> {
            PythonClass cls = Constructors.subtype(a[0], local);
            PTuple args = (PTuple) a[1];
            PDict kwargs = (PDict) a[2];
            boolean arguments = args.size() > 0 || kwargs.size() > 0;
            if (arguments && cls.lookup("__init__") == objectInit) {
                throw PythonErrors.typeError("Initialization arguments are not supported");
            }
            Local self = new Local(cls);
            PDict.Entry[] entries = kwargs.entrySnapshot();
            String[] names = new String[entries.length];
            Object[] values = new Object[entries.length];
            for (int i = 0; i < entries.length; i++) {
                names[i] = (String) entries[i].key;
                values[i] = entries[i].value();
            }
            self.construct(args.items(), names, values);
            return self;
        });
    }
}
