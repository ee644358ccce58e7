package skein.interpreter.nodes.generators;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.generators.ResumableFrame;

/**
 * Resumes a generator's frame from a node (a {@code for} loop, {@code next()}): the same as
 * {@link ResumableFrame#resume} from Java, but the body is called through a cached direct call,
 * so the compiler can inline a generator's body into the loop that consumes it.
 */
@GenerateInline(false)
public abstract class ResumeNode extends Node {

    protected static final int CACHE_LIMIT = 3;

    /** The yielded value or a {@code Returned}; null when the frame had already ended. */
    public abstract Object execute(ResumableFrame frame, Object sent);

    @Specialization(guards = "frame.body() == cachedBody", limit = "CACHE_LIMIT")
    protected Object direct(ResumableFrame frame, Object sent,
                            @Cached("frame.body()") RootCallTarget cachedBody,
                            @Cached("create(cachedBody)") DirectCallNode call) {
        if (!frame.start(sent, false)) {
            return null;
        }
        return call.call(frame, sent, null, SkeinLanguage.get(this).threadState());
    }

    @Specialization(replaces = "direct")
    protected Object indirect(ResumableFrame frame, Object sent, @Cached IndirectCallNode call) {
        if (!frame.start(sent, false)) {
            return null;
        }
        return call.call(frame.body(), frame, sent, null, SkeinLanguage.get(this).threadState());
    }
}
