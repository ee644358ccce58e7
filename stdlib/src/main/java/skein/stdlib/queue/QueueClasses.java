package skein.stdlib.queue;

import skein.interpreter.objects.PythonClass;

/**
 * The classes a {@link Queue} makes its parts from and raises, and its types' hook methods:
 * one set per language, shared by every context.
 *
 * @param deque     {@code collections.deque}, the container of a {@code Queue}
 * @param list      {@code list}, the container of a {@code LifoQueue} and a {@code PriorityQueue}
 * @param lock      {@code _thread.lock}, the class of {@code q.mutex}
 * @param condition {@code threading.Condition}, the class of the queue's conditions
 * @param empty     {@code _queue.Empty}
 * @param full      {@code queue.Full}
 * @param hooks     the Java methods a subclass may override
 */
record QueueClasses(PythonClass deque, PythonClass list, PythonClass lock, PythonClass condition,
                    PythonClass empty, PythonClass full, BuiltinHooks hooks) {
}
