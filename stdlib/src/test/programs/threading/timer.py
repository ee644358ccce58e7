# threading.Timer runs its function once after the interval, with args and kwargs; cancel()
# before it fires stops it; it is a Thread (start, join, name, daemon).
import threading

calls = []
fired = threading.Event()


def ring(*args, **kwargs):
    calls.append((args, kwargs))
    fired.set()


t = threading.Timer(0.05, ring, args=("a", 1), kwargs={"loud": True})
print(isinstance(t, threading.Thread), t.interval, t.name, t.is_alive())
t.start()
print("fired within a second:", fired.wait(1.0))
t.join()
print(calls, t.is_alive(), t.finished.is_set())

# Cancelled before the interval elapses: the function never runs.
late = threading.Timer(5.0, ring, args=("never",))
late.start()
late.cancel()
late.join()
print("cancelled:", late.finished.is_set(), late.is_alive(), len(calls))

# Cancelling before start also prevents the call; the timer still starts and ends.
pre = threading.Timer(0.01, ring, args=("pre",))
pre.cancel()
pre.start()
pre.join()
print("cancelled before start:", len(calls))

# Cancelling after it fired does nothing; cancel is idempotent.
t.cancel()
t.cancel()
print(calls[-1])

# Zero and negative intervals run at once; None args and kwargs mean no arguments.
for interval in (0, -1):
    fired.clear()
    z = threading.Timer(interval, ring, None, None)
    z.daemon = True
    z.start()
    z.join()
    print(interval, fired.is_set(), calls[-1], z.daemon)


# A subclass can override run to repeat until cancelled.
class Repeater(threading.Timer):
    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)


ticks = []
enough = threading.Event()


def tick():
    ticks.append(len(ticks))
    if len(ticks) == 3:
        enough.set()


r = Repeater(0.01, tick)
r.start()
enough.wait()
r.cancel()
r.join()
print("ticks:", ticks[:3], len(ticks) >= 3)
