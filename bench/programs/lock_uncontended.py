# Ten million `with lock:` blocks on one threading.Lock in one thread: the cost of an
# uncontended acquire and release, the loop body doing nothing else but count.
import sys
import threading
import time


def workload():
    lock = threading.Lock()
    count = 0
    for _ in range(10_000_000):
        with lock:
            count += 1
    return count, lock.locked()


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    for r in range(rounds):
        start = time.perf_counter()
        count, locked = workload()
        print(f"round {r} {time.perf_counter() - start:.6f} {count} {locked}")


main()
