# A pipeline of three chained generators over five million items: a source, a filter
# and a transform, consumed by a for loop.
import sys
import time


def numbers(n):
    for i in range(n):
        yield i


def odd(items):
    for item in items:
        if item % 2:
            yield item


def scaled(items, factor):
    for item in items:
        yield item * factor


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    for r in range(rounds):
        start = time.perf_counter()
        total = 0
        count = 0
        for value in scaled(odd(numbers(5_000_000)), 3):
            total += value
            count += 1
        print(f"round {r} {time.perf_counter() - start:.6f} {count} {total}")


main()
