# as_completed over 10,000 futures of trivial tasks on a ThreadPoolExecutor of 4 workers: the
# cost of watching many futures and yielding each as it completes. The results are summed.
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

TASKS = 10_000


def triple(n):
    return 3 * n


def workload():
    with ThreadPoolExecutor(max_workers=4) as executor:
        futures = [executor.submit(triple, n) for n in range(TASKS)]
        count = 0
        total = 0
        for future in as_completed(futures):
            count += 1
            total += future.result()
        return count, total


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    for r in range(rounds):
        start = time.perf_counter()
        count, total = workload()
        print(f"round {r} {time.perf_counter() - start:.6f} {count} {total}")


main()
