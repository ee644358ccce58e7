package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import skein.interpreter.nodes.generators.ResumeNode;
import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.generators.PGenerator;
import skein.interpreter.objects.generators.Returned;
import skein.interpreter.objects.iterators.PArrayIterator;
import skein.interpreter.objects.iterators.PListIterator;
import skein.interpreter.objects.iterators.PRangeIterator;
import skein.interpreter.runtime.Iteration;

/** The next item of an iterator, or null at the end; direct calls for the common builtin iterators. */
@GenerateInline(false)
public abstract class NextNode extends Node {

    public abstract Object execute(Object iterator);

    @Specialization
    protected static Object range(PRangeIterator iterator) {
        return iterator.next();
    }

    @Specialization
    protected static Object list(PListIterator iterator) {
        return iterator.next();
    }

    @Specialization
    protected static Object array(PArrayIterator iterator) {
        return iterator.next();
    }

    /** A generator: its body is resumed through a direct call, which the compiler can inline here. */
    @Specialization
    protected static Object generator(PGenerator generator, @Cached ResumeNode resume) {
        Object result = resume.execute(generator.resumableFrame(), PNone.NONE);
        return result instanceof Returned ? null : result;
    }

    @Specialization(replaces = {"range", "list", "array", "generator"})
    protected static Object builtin(PIterator iterator) {
        return iterator.next();
    }

    @Specialization(replaces = "builtin")
    protected static Object generic(Object iterator) {
        return Iteration.next(iterator);
    }
}
