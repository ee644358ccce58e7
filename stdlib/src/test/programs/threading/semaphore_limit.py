# A Semaphore(3) admits at most three threads at a time into a section; eight threads pass
# through, and the highest number seen inside is exactly three because the first three wait
# at a barrier inside the section until all three are in.
import threading

LIMIT = 3
slots = threading.Semaphore(LIMIT)
first_wave = threading.Barrier(LIMIT)
lock = threading.Lock()
inside = 0
highest = 0
entered = []


def worker(n):
    global inside, highest
    with slots:
        with lock:
            inside += 1
            highest = max(highest, inside)
            wave = len(entered)
            entered.append(n)
        if wave < LIMIT:
            first_wave.wait()
        with lock:
            inside -= 1


threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("highest inside at once:", highest)
print("everyone passed:", sorted(entered))
print("inside now:", inside, "free slots:", [slots.acquire(blocking=False) for _ in range(LIMIT + 1)])
