# Five philosophers share five forks (locks). Taking the lower-numbered fork first breaks the
# cycle, so nobody deadlocks; at a second table everyone takes the left fork first, but a
# Semaphore seats at most four at once, which breaks the cycle too. Only the meal counts are
# printed.
import threading

SEATS, MEALS = 5, 200


def dine(take):
    forks = [threading.Lock() for _ in range(SEATS)]
    meals = [0] * SEATS
    start = threading.Barrier(SEATS)

    def philosopher(i):
        start.wait()
        while meals[i] < MEALS:
            if take(forks, i):
                meals[i] += 1
                forks[i].release()
                forks[(i + 1) % SEATS].release()

    threads = [threading.Thread(target=philosopher, args=(i,)) for i in range(SEATS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return meals, [f.locked() for f in forks]


def ordered(forks, i):
    low, high = sorted((i, (i + 1) % SEATS))
    forks[low].acquire()
    forks[high].acquire()
    return True


seats = threading.Semaphore(SEATS - 1)


def seated(forks, i):
    with seats:
        forks[i].acquire()
        forks[(i + 1) % SEATS].acquire()
    return True


for label, strategy in [("ordered forks", ordered), ("four seats, left fork first", seated)]:
    meals, still_held = dine(strategy)
    print(label, meals, "forks still held:", any(still_held))
