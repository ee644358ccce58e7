# current_thread, main_thread, enumerate, active_count, get_ident, get_native_id and
# TIMEOUT_MAX, checked from the main thread and from running workers.
import threading

main = threading.main_thread()
print(threading.current_thread() is main, main.name, type(main).__name__)
print(isinstance(threading.get_ident(), int), isinstance(threading.get_native_id(), int))
print(threading.get_ident() == main.ident, threading.get_native_id() == main.native_id)
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(type(threading.TIMEOUT_MAX).__name__, threading.TIMEOUT_MAX > 1e6)

all_in = threading.Barrier(4)
release = threading.Event()
seen = {}
seen_lock = threading.Lock()


def worker():
    me = threading.current_thread()
    with seen_lock:
        seen[me.name] = (
            me is not main,
            threading.main_thread() is main,
            me in threading.enumerate(),
            threading.get_ident() != main.ident,
        )
    all_in.wait()
    release.wait()


workers = [threading.Thread(target=worker, name=f"w{i}") for i in range(3)]
for w in workers:
    w.start()
all_in.wait()
print("while running:", threading.active_count(), sorted(t.name for t in threading.enumerate()))
release.set()
for w in workers:
    w.join()
for name in sorted(seen):
    print(name, seen[name])
print("after join:", threading.active_count(), [t.name for t in threading.enumerate()])

# A finished thread leaves enumerate(); an unstarted one was never in it.
unstarted = threading.Thread(name="unstarted")
print(unstarted in threading.enumerate(), workers[0] in threading.enumerate())

# TIMEOUT_MAX bounds the timeouts that locks accept.
lock = threading.Lock()
print(lock.acquire(timeout=threading.TIMEOUT_MAX))
lock.release()
try:
    lock.acquire(timeout=threading.TIMEOUT_MAX * 2)
except OverflowError as e:
    print("OverflowError", e)
