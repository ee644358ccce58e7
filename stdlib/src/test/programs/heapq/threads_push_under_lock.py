# Several threads push into one heap under a lock while others pop; every item comes out once
# and the heap stays a heap. Without the lock a racing update may break the order, but never
# crashes: the last part pushes with no lock and checks only that nothing was lost.
import heapq
import threading

heap = []
lock = threading.Lock()


def pusher(start):
    for n in range(start, 2000, 4):
        with lock:
            heapq.heappush(heap, n)


threads = [threading.Thread(target=pusher, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(heap), all(heap[(i - 1) // 2] <= heap[i] for i in range(1, len(heap))))

popped = []


def popper():
    while True:
        with lock:
            if not heap:
                return
            popped.append(heapq.heappop(heap))


threads = [threading.Thread(target=popper) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(popped), popped == sorted(popped), popped[:5], popped[-3:])

unlocked = []
errors = []


def unlocked_pusher(start):
    for n in range(start, 4000, 4):
        try:
            heapq.heappush(unlocked, (n % 97, n))
        except RuntimeError as e:
            errors.append(str(e))


threads = [threading.Thread(target=unlocked_pusher, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(unlocked), sorted(unlocked) == sorted((n % 97, n) for n in range(4000)))
print(set(errors) <= {"list changed size during iteration"})
