# What the package offers and how its classes are laid out: dir() and __all__ (the executors
# come through the module's __getattr__), the modules the names live in, the class
# hierarchy, the Executor base class, and argument errors worded as for Python functions.
import concurrent
import concurrent.futures as cf
from concurrent import futures
import concurrent.futures.thread as thread_module

print(dir(cf))
print(cf.__all__)
print(cf.__name__, futures is cf, concurrent.futures is cf, cf._base.__name__)
print(thread_module.ThreadPoolExecutor is cf.ThreadPoolExecutor)
for cls in (cf.ThreadPoolExecutor, thread_module.BrokenThreadPool, cf.Future, cf.CancelledError,
            cf.InvalidStateError, cf.BrokenExecutor, cf.Executor):
    print(cls.__module__, cls.__qualname__, [base.__name__ for base in cls.__mro__])
print(cf.TimeoutError is TimeoutError, cf._base.DoneAndNotDoneFutures.__module__)
print(cf._base.PENDING, cf._base.RUNNING, cf._base.CANCELLED, cf._base.CANCELLED_AND_NOTIFIED, cf._base.FINISHED)
print(cf.wait.__name__, cf.wait.__module__, cf.as_completed.__name__, cf.as_completed.__module__)
print(cf.Future[int])
try:
    cf.NoSuchThing
except AttributeError as e:
    print("AttributeError:", e)

executor = cf.Executor()
try:
    executor.submit(print)
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
print(executor.shutdown(), executor.__enter__() is executor, executor.__exit__(None, None, None))


class Inline(cf.Executor):
    """An executor of its own: runs each call at once, in the caller."""

    def submit(self, fn, /, *args, **kwargs):
        future = cf.Future()
        future.set_result(fn(*args, **kwargs))
        return future


with Inline() as inline:
    print(list(inline.map(pow, [2, 3], [3, 2])))

pool = cf.ThreadPoolExecutor(1)
for call in (lambda: cf.Future(1), lambda: pool.submit(), lambda: cf.wait(), lambda: pool.map(),
             lambda: cf.Future().result(1, 2), lambda: cf.ThreadPoolExecutor(1, "x", None, (), 5)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
pool.shutdown()
