package skein.interpreter.objects.generators;

/**
 * A generator, coroutine or async generator: an object that owns a {@link ResumableFrame},
 * which also keeps its (settable) {@code __name__} and {@code __qualname__}.
 */
public interface Resumable {

    ResumableFrame resumableFrame();

    default String name() {
        return resumableFrame().name();
    }

    default void setName(String name) {
        resumableFrame().setName(name);
    }

    default String qualname() {
        return resumableFrame().qualname();
    }

    default void setQualname(String qualname) {
        resumableFrame().setQualname(qualname);
    }
}
