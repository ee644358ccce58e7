package skein.stdlib.futures;

import skein.interpreter.objects.PBuiltinFunction;
import skein.interpreter.objects.PythonClass;

/**
 * What an executor of {@code concurrent.futures.thread} makes and raises, shared by every
 * context: its futures' classes, {@code BrokenThreadPool}, {@code _WorkItem}, the queue and lock
 * types of {@code _queue} and {@code _thread}, and {@code _worker}, the function its threads run.
 */
record ThreadPoolClasses(FutureClasses futures, PythonClass brokenThreadPool, PythonClass workItemType,
                         PythonClass simpleQueueType, PythonClass lockType, PBuiltinFunction worker) {
}
