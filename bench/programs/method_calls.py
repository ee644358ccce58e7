# Method calls on objects: attribute reads and writes, bound methods, small classes.
import sys
import time


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Accumulator:
    def __init__(self):
        self.total = 0

    def feed(self, value):
        self.total += value


def workload():
    acc = Accumulator()
    v = Vector(1, 2)
    step = Vector(1, 1)
    for _ in range(1_000_000):
        v = v.add(step)
        acc.feed(v.dot(step))
    return acc.total


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    for r in range(rounds):
        start = time.perf_counter()
        result = workload()
        print(f"round {r} {time.perf_counter() - start:.6f} {result}")


main()
