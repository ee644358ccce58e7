# add_done_callback: callbacks run in the order added, with the future, when it finishes or
# is cancelled; one added to a done future runs at once. A callback that raises is logged
# ("exception calling callback for <Future ...>" and the traceback, on sys.stderr) and the
# future and the other callbacks go on unharmed.
import sys
from concurrent.futures import Future, ThreadPoolExecutor
import threading
from support import Capture


calls = []
f = Future()
f.add_done_callback(lambda fut: calls.append(("first", fut is f, fut.done())))
f.add_done_callback(lambda fut: calls.append(("second", fut.result())))
print("before:", calls)
f.set_result(7)
print("after:", calls)
f.add_done_callback(lambda fut: calls.append(("late", fut.result())))
print("late:", calls[-1])

c = Future()
c.add_done_callback(lambda fut: print("callback sees cancelled:", fut.cancelled()))
c.cancel()


def broken(fut):
    raise ValueError("callback failed")


capture = Capture()
saved, sys.stderr = sys.stderr, capture
try:
    g = Future()
    g.add_done_callback(broken)
    g.add_done_callback(lambda fut: print("next callback runs, result", fut.result()))
    g.set_result(3)
    g.add_done_callback(broken)
finally:
    sys.stderr = saved
print("logged lines:", capture.unindented_lines())
print("future unharmed:", g.result(), g.done())

with ThreadPoolExecutor(max_workers=1) as executor:
    done = threading.Event()
    names = []
    task = executor.submit(lambda: 5)
    task.add_done_callback(lambda fut: (names.append(fut.result()), done.set()))
    done.wait()
    print("callback of a submitted task:", names)
