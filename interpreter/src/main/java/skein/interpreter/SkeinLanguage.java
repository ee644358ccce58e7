package skein.interpreter;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

/** The Skein language: one instance per engine, shared by every context (Python process). */
@TruffleLanguage.Registration(id = SkeinLanguage.ID, name = "Skein", version = SkeinLanguage.VERSION,
        defaultMimeType = SkeinLanguage.MIME_TYPE, characterMimeTypes = SkeinLanguage.MIME_TYPE,
        contextPolicy = TruffleLanguage.ContextPolicy.SHARED)
public final class SkeinLanguage extends TruffleLanguage<SkeinContext> {

    public static final String ID = "skein";
    public static final String VERSION = "0.1.0";
    public static final String MIME_TYPE = "text/x-python";

    @Override
    protected SkeinContext createContext(Env env) {
        return new SkeinContext(this, env);
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        return new RootNode(this) {
            @Override
            public Object execute(VirtualFrame frame) {
                return 0;
            }
        }.getCallTarget();
    }
}
