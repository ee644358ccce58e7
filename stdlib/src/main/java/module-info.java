/** Skein's native modules: one package per Python module, found by the interpreter through ServiceLoader. */
module skein.stdlib {
    requires skein.interpreter;
    requires org.graalvm.truffle;

    provides skein.interpreter.modules.NativeModule with
            skein.stdlib.time.TimeModule,
            skein.stdlib.datetime.DatetimeModule,
            skein.stdlib.random.RandomModule,
            skein.stdlib.os.OsModule,
            skein.stdlib.posixpath.PosixPathModule,
            skein.stdlib.collections.CollectionsModule,
            skein.stdlib.functools.FunctoolsModule,
            skein.stdlib.itertools.ItertoolsModule,
            skein.stdlib.math.MathModule,
            skein.stdlib.operator.OperatorModule,
            skein.stdlib.string.StringModule,
            skein.stdlib.types.TypesModule,
            skein.stdlib.inspect.InspectModule,
            skein.stdlib.thread.ThreadModule,
            skein.stdlib.threading.ThreadingModule,
            skein.stdlib.queue.SimpleQueueModule,
            skein.stdlib.queue.QueueModule,
            skein.stdlib.warnings.WarningsModule,
            skein.stdlib.heapq.HeapqModule,
            skein.stdlib.atexit.AtexitModule,
            skein.stdlib.io.IOModule,
            skein.stdlib.futures.ConcurrentModule,
            skein.stdlib.futures.FuturesModule,
            skein.stdlib.futures.BaseModule,
            skein.stdlib.futures.ThreadPoolModule,
            skein.stdlib.futures.ProcessPoolModule;
}
