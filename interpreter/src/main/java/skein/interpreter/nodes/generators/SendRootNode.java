package skein.interpreter.nodes.generators;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.generators.PCoroutine;
import skein.interpreter.objects.generators.PGenerator;
import skein.interpreter.objects.generators.Resumable;

/**
 * The {@code send(value)} method of generators and coroutines as a Truffle root, so that the
 * compiler inlines the resumed body into the caller (an event loop's or trampoline's
 * {@code coroutine.send(...)}): the value yielded comes back, and the body's end is
 * StopIteration with its return value.
 */
public final class SendRootNode extends RootNode {

    @Child private ResumeNode resume = ResumeNodeGen.create();

    public SendRootNode(SkeinLanguage language) {
        super(language);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] arguments = frame.getArguments();
        Resumable self = (Resumable) arguments[0];
        Object result = resume.execute(self.resumableFrame(), arguments[1]);
        if (result == null && self instanceof PCoroutine) {
            throw PCoroutine.reused();
        }
        return PGenerator.yieldedOrStop(result);
    }

    @Override
    public String getName() {
        return "send";
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
