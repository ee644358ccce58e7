# A numeric loop of 10 million iterations: integer arithmetic and comparisons in a while loop.
import sys
import time


def workload():
    total = 0
    i = 0
    while i < 10_000_000:
        total += i * 3 % 7
        i += 1
    return total


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    for r in range(rounds):
        start = time.perf_counter()
        result = workload()
        print(f"round {r} {time.perf_counter() - start:.6f} {result}")


main()
