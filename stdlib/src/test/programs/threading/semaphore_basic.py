# threading.Semaphore: acquire decrements (returning a bool, blocking, non-blocking or with a
# timeout), release(n) increments and may exceed the initial value; the repr shows the value.
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


s = threading.Semaphore(2)
print(shown(s))
print(s.acquire(), s.acquire(), shown(s))
print("empty, non-blocking:", s.acquire(blocking=False), s.acquire(False))
print("empty, timeout:", s.acquire(timeout=0.02))
print("release returns", s.release(), shown(s))
s.release(3)
print("release(3):", shown(s))
print("beyond the initial value is allowed:", [s.acquire(blocking=False) for _ in range(5)])
s.release(2)
with s:
    print("inside with:", shown(s))
print("after with:", shown(s))

print(shown(threading.Semaphore()), shown(threading.Semaphore(0)))

for label, action in [
    ("Semaphore(-1)", lambda: threading.Semaphore(-1)),
    ("release(0)", lambda: s.release(0)),
    ("release(-2)", lambda: s.release(-2)),
    ("timeout with blocking=False", lambda: s.acquire(False, 1)),
]:
    try:
        action()
        print(label, "ok")
    except ValueError as e:
        print(label, "ValueError", e)

# A blocked acquire is woken by another thread's release.
gate = threading.Semaphore(0)
got = []
t = threading.Thread(target=lambda: got.append(gate.acquire()))
t.start()
t.join(0.05)
print("waiting:", t.is_alive(), got)
gate.release()
t.join()
print("after release:", got, shown(gate))

# release(n) wakes up to n waiters.
woken = []
lock = threading.Lock()


def take():
    gate.acquire()
    with lock:
        woken.append(1)


threads = [threading.Thread(target=take) for _ in range(3)]
for th in threads:
    th.start()
gate.release(3)
for th in threads:
    th.join()
print("woken by release(3):", len(woken), shown(gate))
