# _thread.start_new_thread runs a function with an args tuple and an optional kwargs dict in
# a new thread and returns that thread's ident; a lock signals when the threads are done.
import _thread

main_ident = _thread.get_ident()
results = {}
guard = _thread.allocate_lock()
remaining = [3]
all_done = _thread.allocate_lock()
all_done.acquire()


def work(key, a, b=0, *, scale=1):
    with guard:
        results[key] = ((a + b) * scale, _thread.get_ident())
        remaining[0] -= 1
        if remaining[0] == 0:
            all_done.release()


returned = {
    "args only": _thread.start_new_thread(work, ("args only", 1)),
    "args and kwargs": _thread.start_new_thread(work, ("args and kwargs", 2, 3), {"scale": 10}),
    "empty kwargs": _thread.start_new_thread(work, ("empty kwargs", 4), {}),
}
all_done.acquire()
for key in sorted(results):
    value, ident = results[key]
    print(key, value, "ident returned:", ident == returned[key], "not main:", ident != main_ident)
print(all(isinstance(i, int) for i in returned.values()))

# _thread.exit() (and SystemExit) ends a thread quietly.
quiet = _thread.allocate_lock()
quiet.acquire()
seen = []


def leave_early():
    seen.append("before exit")
    quiet.release()
    _thread.exit()
    seen.append("never")


_thread.start_new_thread(leave_early, ())
quiet.acquire()
print(seen)
try:
    _thread.exit()
except SystemExit as e:
    print("in the main thread _thread.exit raises", repr(e))

for label, call in [
    ("not callable", lambda: _thread.start_new_thread(5, ())),
    ("args not a tuple", lambda: _thread.start_new_thread(work, ["x", 1])),
    ("kwargs not a dict", lambda: _thread.start_new_thread(work, ("x", 1), [("b", 2)])),
    ("missing args", lambda: _thread.start_new_thread(work)),
]:
    try:
        call()
    except TypeError as e:
        print(label, "TypeError", e)
