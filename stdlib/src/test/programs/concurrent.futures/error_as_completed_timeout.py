# as_completed(fs, timeout) raises TimeoutError "N (of M) futures unfinished" when the time
# runs out, after yielding what finished; the deadline is fixed at the first next(). A bad
# timeout fails as timeout + time.monotonic() fails.
from concurrent.futures import ThreadPoolExecutor, as_completed
import threading
import time

gate = threading.Event()
executor = ThreadPoolExecutor(max_workers=3)
futures = [executor.submit(gate.wait), executor.submit(lambda: "quick"), executor.submit(gate.wait)]
futures[1].result()
start = time.monotonic()
try:
    for f in as_completed(futures, timeout=0.1):
        print("yielded", f.result())
except TimeoutError as e:
    print(type(e).__name__, e, time.monotonic() - start >= 0.1)
try:
    for f in as_completed(futures + futures, timeout=0):
        print("yielded", f.result())
except TimeoutError as e:
    print(type(e).__name__, e)
gate.set()
print(sorted(map(str, (f.result() for f in as_completed(futures, timeout=10)))))
executor.shutdown()
for f in as_completed(futures[:1], timeout=-1):
    print("all done, so the deadline is never looked at:", f.result())
try:
    next(as_completed(futures, timeout="later"))
except TypeError as e:
    print("TypeError:", e)
blocked = ThreadPoolExecutor(max_workers=1)
never = blocked.submit(threading.Event().wait, 0.5)
list(as_completed([never, futures[0]], timeout=0.05))
