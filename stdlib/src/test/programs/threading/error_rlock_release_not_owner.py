# Only the thread that holds an RLock may release it; another thread gets RuntimeError.
import threading

r = threading.RLock()
held = threading.Event()
done = threading.Event()


def owner():
    with r:
        held.set()
        done.wait()


t = threading.Thread(target=owner, daemon=True)
t.start()
held.wait()
print("held by the other thread:", not r.acquire(blocking=False))
r.release()
print("not reached")
