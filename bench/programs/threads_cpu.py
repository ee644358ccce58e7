# A CPU-bound pure-Python function (ten million steps of integer arithmetic, about a second
# under CPython), timed as one call in one thread, then as two threads each making the same
# call at once. Each round line names both times: t1 for one thread, t2 for two. With threads
# that truly run in parallel, t2 is about t1 on two cores (speed-up 2 * t1 / t2 near 2);
# CPython's GIL runs the two calls one after the other, so its speed-up is about 1.
# The calls are short (ten million steps take Skein's compiled code about 40 ms), so before
# the measured rounds both implementations make the same calls unmeasured for WARM_UP_SECONDS:
# long enough for a JIT to have compiled the whole round too (thread start and join, the
# round's line), whose compilations would otherwise take a core away from the measured threads.
import sys
import threading
import time


def crunch(steps):
    total = 0
    for i in range(steps):
        total = (total + i * i) % 1_000_003
    return total


def timed_in_threads(function, count, steps):
    """Runs function(steps) in `count` threads at once; returns (seconds until all are done, results)."""
    results = [None] * count

    def work(index):
        results[index] = function(steps)

    threads = [threading.Thread(target=work, args=(index,)) for index in range(count)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - start, results


WARM_UP_SECONDS = 10
STEPS = 10_000_000


def round_line(r, function):
    """Times one call in one thread, then in two at once; the round's line."""
    one, one_results = timed_in_threads(function, 1, STEPS)
    two, two_results = timed_in_threads(function, 2, STEPS)
    results = " ".join(str(result) for result in one_results + two_results)
    return f"round {r} {one + two:.6f} t1={one:.6f} t2={two:.6f} {results}"


def main(function):
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    warm_up_end = time.perf_counter() + WARM_UP_SECONDS
    while time.perf_counter() < warm_up_end:
        round_line(-1, function)
    for r in range(rounds):
        print(round_line(r, function))


if __name__ == "__main__":
    main(crunch)
