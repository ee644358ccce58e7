# concurrent.futures.Future by hand: pending, running, finished (returned or raised),
# cancelled; cancel() is true only while pending (and again once cancelled); the repr names
# the state and the type of the result or exception; the class is the one of _base.
import concurrent.futures
import sys
from concurrent.futures import Future, CancelledError, InvalidStateError
from concurrent.futures._base import Future as BaseFuture
from support import shown, Capture


def states(f):
    return f"done={f.done()} running={f.running()} cancelled={f.cancelled()} _state={f._state}"


print(Future is BaseFuture, Future.__module__, Future.__name__)
f = Future()
print(shown(f), states(f))
print("set_running_or_notify_cancel:", f.set_running_or_notify_cancel())
print(shown(f), states(f))
print("cancel while running:", f.cancel())
f.set_result([1, 2])
print(shown(f), states(f))
print("result:", f.result(), "exception:", f.exception())
print("cancel when finished:", f.cancel())

g = Future()
g.set_exception(ValueError("bad value"))
print(shown(g), states(g))
print("exception:", repr(g.exception()))
try:
    g.result()
except ValueError as e:
    print("result raised", type(e).__name__, e, e is g.exception())

h = Future()
print("cancel while pending:", h.cancel(), "again:", h.cancel())
print(shown(h), states(h))
print("set_running_or_notify_cancel:", h.set_running_or_notify_cancel())
print(shown(h), states(h))
for method in (h.result, h.exception):
    try:
        method()
    except CancelledError as e:
        print(method.__name__, "raised", type(e).__name__, repr(str(e)), isinstance(e, concurrent.futures._base.Error))

n = Future()
n.set_result(None)
print(shown(n))
s = Future()
s.set_result("text")
print(shown(s))



r = Future()
r.set_running_or_notify_cancel()
capture = Capture()
saved, sys.stderr = sys.stderr, capture
try:
    r.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError", e)
finally:
    sys.stderr = saved
logged = "".join(capture.parts)
print("logged:", repr(logged.replace(str(id(r)), "ID")))

print(Future[int], issubclass(CancelledError, concurrent.futures._base.Error),
      issubclass(InvalidStateError, Exception))


class MyFuture(Future):
    pass


m = MyFuture()
m.set_result(1.5)
print(shown(m), isinstance(m, Future))
