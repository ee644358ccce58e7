package skein.interpreter.nodes.generators;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.objects.generators.Awaitables;

/**
 * {@code await x}: a {@code yield from} over the awaitable's iterator, so the values a coroutine
 * passes up reach whoever drives the outermost one (the event loop), and the await's value is
 * the awaitable's result. {@code async for} and {@code async with} await through it too.
 */
public final class AwaitNode extends YieldFromNode {

    private final Awaitables.Site site;

    public AwaitNode(ExpressionNode awaitable, int index, Awaitables.Site site) {
        super(awaitable, index);
        this.site = site;
    }

    @Override
    protected Object iteratorOf(VirtualFrame frame, Object awaitable) {
        return Awaitables.iteratorOf(awaitable, site);
    }
}
