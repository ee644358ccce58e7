# notify(n) wakes at most n waiters and notify_all wakes the rest. Two conditions share one
# lock: the waiters announce themselves on `arrived`, so the main thread knows they are all
# inside go.wait() before it notifies `go`.
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

lock = threading.Lock()
arrived = threading.Condition(lock)
go = threading.Condition(lock)
waiting = 0
woken = []
WAITERS = 5


def waiter(n):
    global waiting
    with go:
        waiting += 1
        arrived.notify()
        go.wait()
        woken.append(n)
        arrived.notify()


threads = [threading.Thread(target=waiter, args=(n,)) for n in range(WAITERS)]
for t in threads:
    t.start()
with lock:
    arrived.wait_for(lambda: waiting == WAITERS)
    print(shown(go))
    go.notify(2)
    arrived.wait_for(lambda: len(woken) == 2)
    print("after notify(2):", len(woken))
    print("0.05 s later:", arrived.wait_for(lambda: len(woken) > 2, timeout=0.05), len(woken))
    go.notify(0)
    print("after notify(0):", arrived.wait_for(lambda: len(woken) > 2, timeout=0.05), len(woken))
    go.notify()
    arrived.wait_for(lambda: len(woken) == 3)
    print("after notify():", len(woken))
    print(shown(go))
    go.notify_all()
    arrived.wait_for(lambda: len(woken) == WAITERS)
    print("after notify_all():", len(woken))
    go.notify(10)  # with nobody waiting, notify does nothing
for t in threads:
    t.join()
print(sorted(woken))
