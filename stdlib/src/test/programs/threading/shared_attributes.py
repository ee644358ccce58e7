# Attribute writes on a shared object, module globals and class attributes from many threads
# with no lock: every write lands and reads never fail. A read-modify-write such as `x += 1`
# is not atomic in CPython either, so only an upper bound is printed for it.
import threading

THREADS, ROUNDS = 8, 2000


class Board:
    tally = 0


board = Board()
start = threading.Barrier(THREADS)
total = 0


def writer(n):
    global total
    start.wait()
    for i in range(ROUNDS):
        setattr(board, f"slot_{n}", i)  # each thread its own attribute
        board.last = n  # every thread the same attribute
        globals()[f"global_{n}"] = i
        setattr(Board, f"class_{n}", i)
        total += 1  # may lose updates, in CPython as anywhere
        Board.tally += 1


threads = [threading.Thread(target=writer, args=(n,)) for n in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("own attributes:", sorted((k, v) for k, v in vars(board).items() if k.startswith("slot_")))
print("shared attribute from some thread:", board.last in range(THREADS))
print("globals:", [globals()[f"global_{n}"] for n in range(THREADS)])
print("class attributes:", [getattr(Board, f"class_{n}") for n in range(THREADS)])
print("instance sees class attributes:", getattr(board, "class_3"))
print("x += 1 totals at most the number of increments:",
      0 < total <= THREADS * ROUNDS, 0 < Board.tally <= THREADS * ROUNDS)

# Rebinding one global to whole new objects: readers always see a complete object.
snapshot = (0, 0)
stop = threading.Event()
torn = []


def rebinder():
    global snapshot
    for i in range(1, 20001):
        snapshot = (i, -i)
    stop.set()


def reader():
    while not stop.is_set():
        a, b = snapshot
        if a != -b:
            torn.append((a, b))


readers = [threading.Thread(target=reader) for _ in range(3)]
for t in readers:
    t.start()
rebinder()
for t in readers:
    t.join()
print("torn reads:", torn, "final:", snapshot)
