# threading.Event: set, clear, is_set, and wait(timeout) returning whether the flag is set;
# every waiter wakes when the flag is set.
import threading


def shown(obj):
    """repr(obj) with every ' at 0x...' address cut out (addresses differ run to run)."""
    text = repr(obj)
    while " at 0x" in text:
        start = text.index(" at 0x")
        end = start + len(" at 0x")
        while end < len(text) and text[end] in "0123456789abcdef":
            end += 1
        text = text[:start] + text[end:]
    return text


e = threading.Event()
print(shown(e), e.is_set())
print("wait(0.02) on a clear event:", e.wait(0.02))
print("wait(0):", e.wait(0), "wait(-1):", e.wait(-1))
print("set returns", e.set(), shown(e), e.is_set())
print("wait() on a set event:", e.wait(), e.wait(0), e.wait(timeout=1))
e.set()
print("set twice:", e.is_set())
print("clear returns", e.clear(), e.is_set())
e.clear()
print("clear twice:", e.is_set())

# Several waiters, each with its own timeout, all wake on one set().
start = threading.Event()
results = []
lock = threading.Lock()
ready = threading.Barrier(5)


def waiter(n, timeout):
    ready.wait()
    flag = start.wait(timeout)
    with lock:
        results.append((n, flag))


threads = [threading.Thread(target=waiter, args=(n, t)) for n, t in enumerate([None, 5, 10, None])]
for t in threads:
    t.start()
ready.wait()
start.set()
for t in threads:
    t.join()
print(sorted(results))

# A waiter whose timeout expires sees False, and the event stays clear.
late = threading.Event()
out = []
t = threading.Thread(target=lambda: out.append(late.wait(0.05)))
t.start()
t.join()
print("timed out:", out, late.is_set())
