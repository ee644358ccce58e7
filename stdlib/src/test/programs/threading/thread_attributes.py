# ident, native_id, is_alive and daemon across a thread's life; idents are only compared,
# never printed, since their values differ from run to run.
import threading

main_ident = threading.get_ident()
inside = {}
gate = threading.Event()


def worker():
    me = threading.current_thread()
    inside["ident matches get_ident"] = me.ident == threading.get_ident()
    inside["native_id matches get_native_id"] = me.native_id == threading.get_native_id()
    inside["ident differs from main"] = me.ident != main_ident
    inside["alive inside"] = me.is_alive()
    gate.wait()


t = threading.Thread(target=worker)
print("before start:", t.ident, t.native_id, t.is_alive(), t.daemon)
t.start()
print("ident is int:", isinstance(t.ident, int), "native_id is int:", isinstance(t.native_id, int))
print("alive while running:", t.is_alive())
gate.set()
t.join()
print("after join: alive", t.is_alive(), "ident kept:", isinstance(t.ident, int))
for key in sorted(inside):
    print(key, inside[key])

# Two threads running at the same time have different idents.
both = threading.Barrier(2)
idents = []


def record():
    idents.append(threading.get_ident())
    both.wait()


pair = [threading.Thread(target=record) for _ in range(2)]
for p in pair:
    p.start()
for p in pair:
    p.join()
print("distinct idents:", len(set(idents)) == 2, main_ident not in idents)

# daemon defaults to the creating thread's flag.
flags = []


def spawn_child():
    child = threading.Thread(target=lambda: None)
    flags.append(("child of daemon", child.daemon))
    explicit = threading.Thread(target=lambda: None, daemon=False)
    flags.append(("explicit False", explicit.daemon))


parent = threading.Thread(target=spawn_child, daemon=True)
parent.start()
parent.join()
print(flags)
print("main thread daemon:", threading.main_thread().daemon)
print("new thread from main:", threading.Thread().daemon)
