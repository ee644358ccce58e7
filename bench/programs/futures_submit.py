# 100,000 trivial tasks submitted to a ThreadPoolExecutor of 4 workers, then every result
# collected in submission order: the per-task cost of submit, the work queue, the worker's
# hand-off and result(). The pool is made anew each round and shut down at its end.
import sys
import time
from concurrent.futures import ThreadPoolExecutor

TASKS = 100_000


def square(n):
    return n * n


def workload():
    with ThreadPoolExecutor(max_workers=4) as executor:
        futures = [executor.submit(square, n) for n in range(TASKS)]
        return sum(future.result() for future in futures)


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    for r in range(rounds):
        start = time.perf_counter()
        total = workload()
        print(f"round {r} {time.perf_counter() - start:.6f} {total}")


main()
