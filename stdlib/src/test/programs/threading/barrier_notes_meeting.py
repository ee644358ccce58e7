# The notes' Barrier example: two threads meet at a barrier. Their lines come in either order
# within each phase, so each thread records its lines and the main thread prints each phase
# sorted, after checking that both arrivals happened before either thread continued.
import threading
import time
from threading import Barrier

lines = []
lines_lock = threading.Lock()


def say(text):
    with lines_lock:
        lines.append(text)


def worker(barrier, id):
    say(f"Thread {id} arrived at barrier.")
    barrier.wait()  # 等待所有线程到达barrier
    say(f"Thread {id} continuing after barrier.")

barrier = Barrier(2)

t1 = threading.Thread(target=worker, args=(barrier, 1))
t2 = threading.Thread(target=worker, args=(barrier, 2))

t1.start()
t2.start()

t1.join()
t2.join()

arrivals, continuations = lines[:2], lines[2:]
print("both arrived before either continued:", all("arrived" in line for line in arrivals))
for line in sorted(arrivals) + sorted(continuations):
    print(line)
