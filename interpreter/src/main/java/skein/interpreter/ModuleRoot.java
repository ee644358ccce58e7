package skein.interpreter;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import skein.interpreter.objects.FunctionCode;
import skein.interpreter.objects.InteropInteger;
import skein.interpreter.objects.PDict;
import skein.interpreter.runtime.CodeExecution;

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
            return CodeExecution.runModule(code, globals);
        }
        // An embedder's eval: when it returns, what the code printed is visible to the embedder.
        try {
            Object result = CodeExecution.runModule(code, context.mainModule().globals());
            return result instanceof BigInteger big ? new InteropInteger(big) : result;
        } finally {
            context.streams().flushAll();
        }
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
