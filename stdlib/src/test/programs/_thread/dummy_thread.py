# threading.current_thread() in a thread started with _thread.start_new_thread, which
# threading did not create, gives a _DummyThread named "Dummy-N": daemon, alive, listed in
# enumerate(), and the same object on every call; joining it fails.
import _thread
import threading

done = _thread.allocate_lock()
done.acquire()
seen = []


def probe():
    me = threading.current_thread()
    # The repr ends with the ident, which differs run to run: "..., started daemon 1234)>".
    shown = repr(me)
    seen.append(shown[:shown.rindex(" ")] + ")>")
    seen.append((me.name, type(me).__name__, me.daemon, me.is_alive()))
    seen.append((me in threading.enumerate(), threading.current_thread() is me))
    seen.append((me.ident == _thread.get_ident(), me is not threading.main_thread()))
    try:
        me.join()
    except AssertionError as e:
        seen.append(("join", type(e).__name__, str(e)))
    done.release()


_thread.start_new_thread(probe, ())
done.acquire()
for item in seen:
    print(item)

# A Thread created and started from inside such a thread works normally. (The outer name is
# only checked for its prefix: CPython may hand back a stale dummy whose ident was reused.)
inner = []


def spawn():
    t = threading.Thread(target=lambda: inner.append(threading.current_thread().name), name="inner")
    t.start()
    t.join()
    inner.append(threading.current_thread().name.startswith("Dummy-"))
    done.release()


_thread.start_new_thread(spawn, ())
done.acquire()
print(inner)
