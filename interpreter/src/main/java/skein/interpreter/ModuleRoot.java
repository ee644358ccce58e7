package skein.interpreter;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import skein.interpreter.objects.FunctionCode;
import skein.interpreter.objects.InteropInteger;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PFunction;
import skein.interpreter.runtime.PArguments;

import java.math.BigInteger;

/**
 * What parsing a Python source gives: runs the module body in the globals it is called with
 * (an import passes the new module's dict), or in {@code __main__} when an embedder evaluates
 * it without arguments. The parsed code is shared by every context of the engine.
 */
final class ModuleRoot extends RootNode {

    private final FunctionCode code;

    ModuleRoot(SkeinLanguage language, FunctionCode code) {
        super(language);
        this.code = code;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        SkeinContext context = SkeinContext.get(this);
        if (args.length > 0 && args[0] instanceof PDict globals) {
            return run(code, globals, context);
        }
        // An embedder's eval: when it returns, what the code printed is visible to the embedder.
        try {
            Object result = run(code, context.mainModule().globals(), context);
            return result instanceof BigInteger big ? new InteropInteger(big) : result;
        } finally {
            context.streams().flushAll();
        }
    }

    static Object run(FunctionCode code, PDict globals, SkeinContext context) {
        PFunction function = new PFunction(context.types().functionType, code, globals, null, null, null);
        Object[] arguments = PArguments.create(0);
        PArguments.setCallee(arguments, function);
        return code.callTarget().call(arguments);
    }

    @Override
    public String getName() {
        return code.filename();
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
