package skein.stdlib.queue;

import skein.interpreter.SkeinContext;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.BinaryOp;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.Operators;
import skein.interpreter.runtime.Truthiness;
import skein.interpreter.runtime.clock.Clock;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.Timeouts;
import skein.stdlib.queue.BuiltinHooks.Hook;
import skein.stdlib.thread.Lock;
import skein.stdlib.thread.RLock;
import skein.stdlib.threading.Condition;

import java.util.function.Supplier;

/**
 * A {@code queue.Queue}, {@code LifoQueue}, {@code PriorityQueue} or an instance of a Python
 * subclass of one: CPython's algorithms, step for step, over the attributes CPython's queue
 * has ({@code maxsize}, {@code queue}, {@code mutex}, the three conditions,
 * {@code unfinished_tasks}), kept in Java fields that Python reads and assigns.
 *
 * <p>When the class does not override a hook ({@code _qsize}, {@code _put}...) and the parts
 * are the ones {@code __init__} made, an operation runs entirely in Java: the lock and
 * conditions directly, the container directly. Anything overridden or replaced is reached
 * through its Python methods, exactly where CPython's code would call them. A field that is
 * null was never set (no {@code __init__}) or was deleted: reading it raises AttributeError.
 */
public final class Queue extends PythonObject {

    private static final String NEGATIVE_TIMEOUT = "'timeout' must be a non-negative number";

    private final QueueClasses classes;
    private volatile Object maxsize;
    private volatile Object container;
    private volatile Object mutex;
    private volatile Object notEmpty;
    private volatile Object notFull;
    private volatile Object allTasksDone;
    /** An int unless Python assigns something else; changed with the mutex held, as in CPython. */
    private volatile Object unfinishedTasks;

    Queue(PythonClass cls, QueueClasses classes) {
        super(cls);
        this.classes = classes;
    }

    /** {@code __init__(maxsize)}: the container through {@code _init}, a new lock and its three conditions. */
    void initialize(Object newMaxsize) {
        maxsize = newMaxsize;
        Storage storage = classes.hooks().storage(this, Hook.INIT);
        if (storage != null) {
            container = storage.create(classes);
        } else {
            Calls.callMethod(this, Hook.INIT.methodName, newMaxsize);
        }
        Lock lock = new Lock(classes.lock());
        mutex = lock;
        notEmpty = newCondition(lock);
        notFull = newCondition(lock);
        allTasksDone = newCondition(lock);
        unfinishedTasks = 0L;
    }

    private Condition newCondition(Lock lock) {
        Condition condition = new Condition(classes.condition());
        condition.setLock(lock);
        return condition;
    }

    void put(Object item, Object block, Object timeout) {
        Clock clock = SkeinContext.currentClock();
        Object condition = field(notFull, "not_full");
        Object held = enter(clock, condition);
        within(clock, held, () -> {
            if (isPositive(field(maxsize, "maxsize"))) {
                Storage sizeHook = classes.hooks().storage(this, Hook.QSIZE);
                if (!Truthiness.isTrue(block)) {
                    if (atCapacity(sizeHook)) {
                        throw PythonErrors.createWithArgs(classes.full());
                    }
                } else if (timeout == PNone.NONE) {
                    while (atCapacity(sizeHook)) {
                        await(clock, condition, -1);
                    }
                } else if (isNegative(timeout)) {
                    throw PythonErrors.valueError(NEGATIVE_TIMEOUT);
                } else {
                    double endtime = endtime(clock, timeout);
                    while (atCapacity(sizeHook)) {
                        double remaining = endtime - seconds(clock);
                        if (remaining <= 0.0) {
                            throw PythonErrors.createWithArgs(classes.full());
                        }
                        await(clock, condition, remaining);
                    }
                }
            }
            Storage putHook = classes.hooks().storage(this, Hook.PUT);
            if (putHook != null) {
                putHook.put(classes, field(container, "queue"), item);
            } else {
                Calls.callMethod(this, Hook.PUT.methodName, item);
            }
            unfinishedTasks = increment(field(unfinishedTasks, "unfinished_tasks"));
            notifyOne(clock, field(notEmpty, "not_empty"), held);
            return PNone.NONE;
        });
    }

    Object get(Object block, Object timeout) {
        Clock clock = SkeinContext.currentClock();
        Object condition = field(notEmpty, "not_empty");
        Object held = enter(clock, condition);
        return within(clock, held, () -> {
            Storage sizeHook = classes.hooks().storage(this, Hook.QSIZE);
            if (!Truthiness.isTrue(block)) {
                if (isEmpty(sizeHook)) {
                    throw PythonErrors.createWithArgs(classes.empty());
                }
            } else if (timeout == PNone.NONE) {
                while (isEmpty(sizeHook)) {
                    await(clock, condition, -1);
                }
            } else if (isNegative(timeout)) {
                throw PythonErrors.valueError(NEGATIVE_TIMEOUT);
            } else {
                double endtime = endtime(clock, timeout);
                while (isEmpty(sizeHook)) {
                    double remaining = endtime - seconds(clock);
                    if (remaining <= 0.0) {
                        throw PythonErrors.createWithArgs(classes.empty());
                    }
                    await(clock, condition, remaining);
                }
            }
            Storage getHook = classes.hooks().storage(this, Hook.GET);
            Object item = getHook != null
                    ? getHook.get(classes, field(container, "queue"))
                    : Calls.callMethod(this, Hook.GET.methodName);
            notifyOne(clock, field(notFull, "not_full"), held);
            return item;
        });
    }

    void taskDone() {
        Clock clock = SkeinContext.currentClock();
        Object condition = field(allTasksDone, "all_tasks_done");
        Object held = enter(clock, condition);
        within(clock, held, () -> {
            Object unfinished = decrement(field(unfinishedTasks, "unfinished_tasks"));
            if (compareWithZero(unfinished, Comparisons.Op.LE)) {
                if (compareWithZero(unfinished, Comparisons.Op.LT)) {
                    throw PythonErrors.valueError("task_done() called too many times");
                }
                notifyAll(clock, condition, held);
            }
            unfinishedTasks = unfinished;
            return PNone.NONE;
        });
    }

    void join() {
        Clock clock = SkeinContext.currentClock();
        Object condition = field(allTasksDone, "all_tasks_done");
        Object held = enter(clock, condition);
        within(clock, held, () -> {
            while (isNonZero(field(unfinishedTasks, "unfinished_tasks"))) {
                await(clock, condition, -1);
            }
            return PNone.NONE;
        });
    }

    /** {@code qsize()}: whatever {@code _qsize} returns. */
    Object qsize() {
        Clock clock = SkeinContext.currentClock();
        return within(clock, enterManager(clock, field(mutex, "mutex")),
                () -> size(classes.hooks().storage(this, Hook.QSIZE)));
    }

    /** {@code empty()}: {@code not self._qsize()}. */
    Object empty() {
        Clock clock = SkeinContext.currentClock();
        return within(clock, enterManager(clock, field(mutex, "mutex")),
                () -> isEmpty(classes.hooks().storage(this, Hook.QSIZE)));
    }

    /** {@code full()}: {@code 0 < self.maxsize <= self._qsize()}, a chained comparison's value. */
    Object full() {
        Clock clock = SkeinContext.currentClock();
        return within(clock, enterManager(clock, field(mutex, "mutex")), () -> {
            Object max = field(maxsize, "maxsize");
            Storage sizeHook = classes.hooks().storage(this, Hook.QSIZE);
            if (max instanceof Long limit && sizeHook != null) {
                return limit > 0 && limit <= sizeHook.size(classes, field(container, "queue"));
            }
            Object positive = Comparisons.compare(0L, max, Comparisons.Op.LT);
            if (!Truthiness.isTrue(positive)) {
                return positive;
            }
            return Comparisons.compare(max, size(sizeHook), Comparisons.Op.LE);
        });
    }

    /** The builtin {@code _init}, {@code _qsize}, {@code _put}, {@code _get} for {@code storage}. */
    void initContainer(Storage storage) {
        container = storage.create(classes);
    }

    Object size(Storage storage) {
        return storage != null ? (Object) storage.size(classes, field(container, "queue"))
                : Calls.callMethod(this, Hook.QSIZE.methodName);
    }

    void putItem(Storage storage, Object item) {
        storage.put(classes, field(container, "queue"), item);
    }

    Object getItem(Storage storage) {
        return storage.get(classes, field(container, "queue"));
    }

    // The attributes, as Python reads and assigns them (null deletes).

    Object maxsize() {
        return field(maxsize, "maxsize");
    }

    void setMaxsize(Object value) {
        maxsize = value;
    }

    Object container() {
        return field(container, "queue");
    }

    void setContainer(Object value) {
        container = value;
    }

    Object mutex() {
        return field(mutex, "mutex");
    }

    void setMutex(Object value) {
        mutex = value;
    }

    Object notEmpty() {
        return field(notEmpty, "not_empty");
    }

    void setNotEmpty(Object value) {
        notEmpty = value;
    }

    Object notFull() {
        return field(notFull, "not_full");
    }

    void setNotFull(Object value) {
        notFull = value;
    }

    Object allTasksDone() {
        return field(allTasksDone, "all_tasks_done");
    }

    void setAllTasksDone(Object value) {
        allTasksDone = value;
    }

    Object unfinishedTasks() {
        return field(unfinishedTasks, "unfinished_tasks");
    }

    void setUnfinishedTasks(Object value) {
        unfinishedTasks = value;
    }

    private Object field(Object value, String name) {
        if (value == null) {
            throw Attributes.noAttribute(this, name);
        }
        return value;
    }

    // The steps of CPython's algorithms.

    /** {@code self._qsize() >= self.maxsize}. */
    private boolean atCapacity(Storage sizeHook) {
        Object max = field(maxsize, "maxsize");
        if (sizeHook != null && max instanceof Long limit) {
            return sizeHook.size(classes, field(container, "queue")) >= limit;
        }
        return Comparisons.test(size(sizeHook), max, Comparisons.Op.GE);
    }

    /** {@code not self._qsize()}. */
    private boolean isEmpty(Storage sizeHook) {
        if (sizeHook != null) {
            return sizeHook.size(classes, field(container, "queue")) == 0;
        }
        return !Truthiness.isTrue(Calls.callMethod(this, Hook.QSIZE.methodName));
    }

    /** {@code value > 0}. */
    private static boolean isPositive(Object value) {
        return compareWithZero(value, Comparisons.Op.GT);
    }

    private static boolean compareWithZero(Object value, Comparisons.Op op) {
        return value instanceof Long l ? op.test(Long.compare(l, 0)) : Comparisons.test(value, 0L, op);
    }

    /** {@code count += 1}. */
    private static Object increment(Object count) {
        if (count instanceof Long l && l < Long.MAX_VALUE) {
            return l + 1;
        }
        return Operators.inplace(count, 1L, BinaryOp.ADD);
    }

    /** {@code count - 1}. */
    private static Object decrement(Object count) {
        if (count instanceof Long l && l > Long.MIN_VALUE) {
            return l - 1;
        }
        return Operators.binary(count, 1L, BinaryOp.SUB);
    }

    private static boolean isNonZero(Object count) {
        return count instanceof Long l ? l != 0 : Truthiness.isTrue(count);
    }

    /** {@code timeout < 0}. */
    private static boolean isNegative(Object timeout) {
        if (timeout instanceof Long l) {
            return l < 0;
        } else if (timeout instanceof Double d) {
            return d < 0;
        }
        return Comparisons.test(timeout, 0L, Comparisons.Op.LT);
    }

    /** {@code time() + timeout}, in seconds of the clock's monotonic time. */
    private static double endtime(Clock clock, Object timeout) {
        double now = seconds(clock);
        if (timeout instanceof Long l) {
            return now + l;
        } else if (timeout instanceof Double d) {
            return now + d;
        }
        return Numbers.asDouble(Operators.binary(now, timeout, BinaryOp.ADD));
    }

    private static double seconds(Clock clock) {
        return clock.nanoTime() / 1e9;
    }

    // The conditions and the lock: Java ones directly, any other object through its methods.

    private boolean isJavaCondition(Object condition) {
        return condition instanceof Condition c && c.getPythonClass() == classes.condition();
    }

    /**
     * {@code with condition:} entered (a Java condition enters its lock, as its
     * {@code __enter__} does); returns what {@link #within} exits.
     */
    private Object enter(Clock clock, Object condition) {
        return enterManager(clock, isJavaCondition(condition) ? ((Condition) condition).lock() : condition);
    }

    /** {@code with manager:} entered: the Java lock it took, or the {@link PythonExit} of a Python manager. */
    private static Object enterManager(Clock clock, Object manager) {
        if (manager instanceof Lock plain) {
            plain.acquire(clock, -1);
            return plain;
        } else if (manager instanceof RLock reentrant) {
            reentrant.acquire(clock, -1);
            return reentrant;
        }
        return PythonExit.enter(manager);
    }

    /**
     * The body of a {@code with} block whose manager {@code held} was entered: exits it however
     * the body ends. Returns None when {@code __exit__} suppressed an exception, as a Python
     * method whose {@code with} swallowed it would.
     */
    private static Object within(Clock clock, Object held, Supplier<Object> body) {
        boolean exited = false;
        try {
            return body.get();
        } catch (PException error) {
            exited = true;
            if (held instanceof PythonExit python) {
                if (python.exitWithException(error)) {
                    return PNone.NONE;
                }
            } else {
                release(clock, held);
            }
            throw error;
        } finally {
            if (!exited) {
                if (held instanceof PythonExit python) {
                    python.exitNormally();
                } else {
                    release(clock, held);
                }
            }
        }
    }

    private static void release(Clock clock, Object lock) {
        if (lock instanceof Lock plain) {
            plain.release(clock);
        } else {
            ((RLock) lock).release(clock);
        }
    }

    /**
     * {@code condition.wait(seconds)}, or {@code wait()} when {@code seconds} is negative. A
     * deadlock report says the thread waits for this queue.
     */
    private void await(Clock clock, Object condition, double seconds) {
        if (isJavaCondition(condition)) {
            ((Condition) condition).await(clock, seconds < 0 ? -1 : Timeouts.nanos(seconds), this);
        } else {
            Calls.callMethod(condition, "wait", seconds < 0 ? PNone.NONE : (Object) seconds);
        }
    }

    /** {@code condition.notify()}, from inside {@code with} over {@code held}. */
    private void notifyOne(Clock clock, Object condition, Object held) {
        if (isJavaCondition(condition)) {
            Condition c = (Condition) condition;
            checkOwned(clock, c, held);
            c.notify(clock, 1);
        } else {
            Calls.callMethod(condition, "notify");
        }
    }

    private void notifyAll(Clock clock, Object condition, Object held) {
        if (isJavaCondition(condition)) {
            Condition c = (Condition) condition;
            checkOwned(clock, c, held);
            c.notifyAll(clock);
        } else {
            Calls.callMethod(condition, "notify_all");
        }
    }

    /**
     * A condition whose lock is not the one held (Python replaced one of the queue's
     * conditions) must be owned to be notified, as CPython checks.
     */
    private static void checkOwned(Clock clock, Condition condition, Object held) {
        if (condition.lock() != held && !condition.isOwned(clock)) {
            throw PythonErrors.runtimeError("cannot notify on un-acquired lock");
        }
    }
}
