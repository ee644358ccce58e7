# An RLock belongs to the thread that acquired it: other threads cannot acquire it until the
# owner's count drops to zero, and a non-owner's release raises RuntimeError.
import threading

r = threading.RLock()
owner_ready = threading.Event()
finish = threading.Event()
outcomes = []


def owner():
    r.acquire()
    r.acquire()
    owner_ready.set()
    finish.wait()
    r.release()
    outcomes.append(("owner released once", r.acquire(blocking=False)))
    r.release()
    r.release()


t = threading.Thread(target=owner)
t.start()
owner_ready.wait()
held_by = repr(r).split(" at 0x")[0].replace(str(t.ident), "OWNER")
print(held_by)
print("non-owner non-blocking:", r.acquire(blocking=False))
print("non-owner with timeout:", r.acquire(timeout=0.05))
try:
    r.release()
except RuntimeError as e:
    print("non-owner release: RuntimeError", e)
finish.set()
print("blocking acquire after the owner lets go:", r.acquire())
t.join()
print(outcomes)
print(repr(r).split(" at 0x")[0].replace(str(threading.get_ident()), "MAIN"))
r.release()


# The owner's nested calls never block each other while two threads take turns.
log = []


def nested(name):
    for i in range(3):
        with r:
            with r:
                log.append((name, i))


threads = [threading.Thread(target=nested, args=(n,)) for n in "ab"]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(log))
print(repr(r).split(" at 0x")[0])
