# threading.Condition with its own RLock, a given Lock and a given RLock: wait returns True
# when notified and False on timeout; wait and notify need the lock held.
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


own = threading.Condition()
with_lock = threading.Condition(threading.Lock())
with_rlock = threading.Condition(threading.RLock())
print(shown(own))
print(shown(with_lock))

for label, cond in [("own", own), ("Lock", with_lock), ("RLock", with_rlock)]:
    with cond:
        print(label, "wait(0.02) with nobody to notify:", cond.wait(0.02))
        print(label, "wait(timeout=0):", cond.wait(timeout=0))

    state = {"ready": False}
    waiting = threading.Event()
    results = []

    def waiter():
        with cond:
            waiting.set()
            while not state["ready"]:
                results.append(cond.wait())

    t = threading.Thread(target=waiter)
    t.start()
    waiting.wait()
    with cond:  # the waiter is inside wait() once the lock is free again
        state["ready"] = True
        cond.notify()
    t.join()
    print(label, "notified wait returned", results)

# acquire and release go to the underlying lock; the condition is a context manager.
lock = threading.Lock()
cond = threading.Condition(lock)
print(cond.acquire(), lock.locked(), cond.acquire(False))
cond.release()
print(lock.locked())
with cond as entered:
    print("with returns", entered, lock.locked())

for label, action in [
    ("wait", cond.wait),
    ("wait(1)", lambda: cond.wait(1)),
    ("wait_for with a true predicate", lambda: cond.wait_for(lambda: True)),
    ("wait_for with a false predicate", lambda: cond.wait_for(lambda: False, 0.01)),
    ("notify", cond.notify),
    ("notify_all", cond.notify_all),
]:
    try:
        print(label, "without the lock returns", action())
    except RuntimeError as e:
        print(label, "without the lock: RuntimeError", e)

# An RLock held twice is fully released while waiting and restored afterwards.
rc = threading.Condition(threading.RLock())
with rc:
    with rc:
        print(rc.wait(0.01), shown(rc).replace(str(threading.get_ident()), "MAIN"))
