# threading.Barrier: parties, n_waiting, broken; wait() returns each thread's arrival index
# (0 .. parties-1, printed sorted); the action runs once per round, in one of the threads;
# the barrier is reusable round after round.
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

actions = []
b = threading.Barrier(3, action=lambda: actions.append(len(actions)))
print(shown(b), b.parties, b.n_waiting, b.broken)

indices = []
lock = threading.Lock()
ROUNDS = 4


def worker(n):
    for r in range(ROUNDS):
        index = b.wait()
        with lock:
            indices.append((r, index))


threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for r in range(ROUNDS):
    print("round", r, "indices", sorted(i for rr, i in indices if rr == r))
print("action ran", len(actions), "times:", actions)
print(b.n_waiting, b.broken)

# n_waiting counts the threads blocked in wait(); the last arrival releases them all.
b2 = threading.Barrier(2)
arrived = []
t = threading.Thread(target=lambda: arrived.append(b2.wait()))
t.start()
while b2.n_waiting < 1:
    t.join(0.001)
print("one waiting:", b2.n_waiting, arrived)
mine = b2.wait()
t.join()
print("indices:", sorted(arrived + [mine]), b2.n_waiting)

# A barrier of one never blocks.
solo = threading.Barrier(1, action=lambda: print("solo action"))
print(solo.wait(), solo.wait())

# The action runs in the thread that arrives last, before anyone is released.
order = []
b3 = threading.Barrier(2, action=lambda: order.append(("action", threading.current_thread().name)))
t = threading.Thread(target=lambda: order.append(("released", b3.wait())), name="early")
t.start()
while b3.n_waiting < 1:
    t.join(0.001)
b3.wait()
t.join()
print(order[0], sorted(order[1:]))
