package skein.interpreter.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.nodes.operators.AddNodeGen;
import skein.interpreter.nodes.operators.BinaryNode;
import skein.interpreter.nodes.statements.GetIteratorNode;
import skein.interpreter.nodes.statements.GetIteratorNodeGen;
import skein.interpreter.nodes.statements.NextNode;
import skein.interpreter.nodes.statements.NextNodeGen;
import skein.interpreter.objects.PBytes;
import skein.interpreter.runtime.exception.PythonErrors;

import java.math.BigInteger;

/**
 * {@code sum(iterable, /, start=0)} as a node, so that the compiler sees its loop: the next
 * item comes through {@link NextNode}, which inlines a generator's body here. Ints are summed
 * exactly in 128 bits (two longs) for as long as they come, floats in a double, as CPython's
 * own fast paths do; anything else goes through {@code +}.
 */
final class SumRootNode extends RootNode {

    @Child private GetIteratorNode getIterator = GetIteratorNodeGen.create();
    @Child private NextNode next = NextNodeGen.create();
    @Child private BinaryNode add = AddNodeGen.create(null, null);
    private final CountingConditionProfile intItem = CountingConditionProfile.create();

    SumRootNode(SkeinLanguage language) {
        super(language);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] arguments = frame.getArguments();
        Object start = arguments[1];
        if (start instanceof String || start instanceof PBytes) {
            throw cannotSum(start);
        }
        Object iterator = getIterator.execute(arguments[0]);
        Object total = start;
        if (start instanceof Long || start instanceof Boolean) {
            long first = start instanceof Long l ? l : ((Boolean) start ? 1 : 0);
            long high = first >> 63;
            long low = first;
            int count = 0;
            Object item;
            while ((item = next.execute(iterator)) != null) {
                count++;
                long value;
                if (intItem.profile(item instanceof Long)) {
                    value = (Long) item;
                } else if (item instanceof Boolean b) {
                    value = b ? 1 : 0;
                } else {
                    total = add.executeWith(int128(high, low), item);
                    break;
                }
                long sum = low + value;
                high += (value >> 63) + (Long.compareUnsigned(sum, low) < 0 ? 1 : 0);
                low = sum;
            }
            LoopNode.reportLoopCount(this, count);
            if (item == null) {
                return int128(high, low);
            }
        }
        Object item;
        while ((item = next.execute(iterator)) != null) {
            if (total instanceof Double d && item instanceof Double x) {
                total = d + x;
            } else {
                total = add.executeWith(total, item);
            }
        }
        return total;
    }

    /** The int whose two's-complement 128 bits are {@code high}:{@code low}: a long when it fits. */
    private static Object int128(long high, long low) {
        if (high == (low >> 63)) {
            return low;
        }
        return wide(high, low);
    }

    @TruffleBoundary
    private static Object wide(long high, long low) {
        BigInteger unsignedLow = new BigInteger(Long.toUnsignedString(low));
        return BigInteger.valueOf(high).shiftLeft(64).add(unsignedLow);
    }

    @TruffleBoundary
    private static RuntimeException cannotSum(Object start) {
        return start instanceof String ? PythonErrors.typeError("sum() can't sum strings [use ''.join(seq) instead]")
                : PythonErrors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
    }

    @Override
    public String getName() {
        return "sum";
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
