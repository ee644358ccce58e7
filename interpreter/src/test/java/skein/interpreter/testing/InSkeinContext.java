package skein.interpreter.testing;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs each test class inside an entered Skein context, because the Java engines under test
 * raise Python exceptions, and Python exception objects belong to a language instance.
 * Registered for every test class through JUnit's extension autodetection.
 */
public final class InSkeinContext implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(InSkeinContext.class);

    @Override
    public void beforeAll(ExtensionContext extension) {
        Context context = Context.newBuilder("skein").option("engine.WarnInterpreterOnly", "false").build();
        context.enter();
        context.initialize("skein");
        extension.getStore(NAMESPACE).put(Context.class, context);
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        Context context = extension.getStore(NAMESPACE).remove(Context.class, Context.class);
        if (context != null) {
            context.leave();
            context.close();
        }
    }
}
