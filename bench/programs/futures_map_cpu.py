# executor.map of a CPU-bound pure-Python function over 8 items, on a pool of 1 worker and
# then on a pool of 2: the same work each time. Each round line names both times, w1 and w2;
# the runner prints each implementation's speed-up w1 / w2, about 2 on two cores when the
# workers truly run in parallel, about 1 under CPython's GIL.
import sys
import time
from concurrent.futures import ThreadPoolExecutor

ITEMS = 8
STEPS = 10_000_000


def crunch(seed):
    total = seed
    for i in range(STEPS):
        total = (total + i * i) % 1_000_003
    return total


def timed_map(workers):
    """Seconds to map crunch over the items on a pool of `workers`, and the results."""
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as executor:
        results = list(executor.map(crunch, range(ITEMS)))
    return time.perf_counter() - start, results


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    for r in range(rounds):
        one, one_results = timed_map(1)
        two, two_results = timed_map(2)
        assert one_results == two_results
        print(f"round {r} {one + two:.6f} w1={one:.6f} w2={two:.6f} {sum(one_results)}")


main()
