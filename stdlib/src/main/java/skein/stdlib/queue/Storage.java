package skein.stdlib.queue;

import skein.interpreter.objects.PList;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Containers;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.collections.Deque;
import skein.stdlib.heapq.Heap;

/**
 * What the hooks {@code _init}, {@code _qsize}, {@code _put} and {@code _get} of {@code Queue},
 * {@code LifoQueue} and {@code PriorityQueue} do with the container {@code self.queue}. A
 * container of the exact builtin type is used in Java; anything else (a subclass, or an object
 * someone assigned to {@code queue}) through its Python methods, as CPython's hooks call them.
 */
enum Storage {

    /** {@code Queue}: a deque, appended to on the right and taken from the left. */
    FIFO {
        @Override
        Object create(QueueClasses classes) {
            return new Deque(classes.deque());
        }

        @Override
        long size(QueueClasses classes, Object container) {
            return isExact(container, classes.deque()) ? ((Deque) container).size() : Containers.length(container);
        }

        @Override
        void put(QueueClasses classes, Object container, Object item) {
            if (isExact(container, classes.deque())) {
                ((Deque) container).append(item);
            } else {
                Calls.callMethod(container, "append", item);
            }
        }

        @Override
        Object get(QueueClasses classes, Object container) {
            return isExact(container, classes.deque()) ? ((Deque) container).popLeft() : Calls.callMethod(container, "popleft");
        }
    },

    /** {@code LifoQueue}: a list used as a stack. */
    LIFO {
        @Override
        Object create(QueueClasses classes) {
            return new PList(classes.list());
        }

        @Override
        long size(QueueClasses classes, Object container) {
            return Containers.length(container);
        }

        @Override
        void put(QueueClasses classes, Object container, Object item) {
            if (isExact(container, classes.list())) {
                ((PList) container).append(item);
            } else {
                Calls.callMethod(container, "append", item);
            }
        }

        @Override
        Object get(QueueClasses classes, Object container) {
            if (!isExact(container, classes.list())) {
                return Calls.callMethod(container, "pop");
            }
            Object item = ((PList) container).popLast();
            if (item == null) {
                throw PythonErrors.indexError("pop from empty list");
            }
            return item;
        }
    },

    /** {@code PriorityQueue}: a list kept as a heap, smallest first. */
    PRIORITY {
        @Override
        Object create(QueueClasses classes) {
            return new PList(classes.list());
        }

        @Override
        long size(QueueClasses classes, Object container) {
            return Containers.length(container);
        }

        @Override
        void put(QueueClasses classes, Object container, Object item) {
            Heap.push(Heap.list(container, "heappush() argument 1"), item);
        }

        @Override
        Object get(QueueClasses classes, Object container) {
            return Heap.pop(Heap.list(container, "heappop() argument"), Heap.Order.MIN);
        }
    };

    /** {@code _init}: a new, empty container. */
    abstract Object create(QueueClasses classes);

    /** {@code _qsize}: {@code len(self.queue)}. */
    abstract long size(QueueClasses classes, Object container);

    /** {@code _put}. */
    abstract void put(QueueClasses classes, Object container, Object item);

    /** {@code _get}. */
    abstract Object get(QueueClasses classes, Object container);

    private static boolean isExact(Object container, Object type) {
        return container instanceof PythonObject object && object.getPythonClass() == type;
    }
}
