# Ten thousand items handed one at a time from a producer thread to a consumer thread
# through a one-slot buffer guarded by a threading.Condition: the producer waits while the
# slot is full, the consumer while it is empty, and each notifies the other. Every item
# costs a wait and a wake-up on each side.
import sys
import threading
import time

ITEMS = 10_000


def produce(condition, slot):
    for item in range(ITEMS):
        with condition:
            while slot:
                condition.wait()
            slot.append(item)
            condition.notify()


def consume(condition, slot):
    total = 0
    misordered = 0
    for expected in range(ITEMS):
        with condition:
            while not slot:
                condition.wait()
            item = slot.pop()
            condition.notify()
        if item != expected:
            misordered += 1
        total += item
    return total, misordered


def workload():
    condition = threading.Condition()
    slot = []
    producer = threading.Thread(target=produce, args=(condition, slot))
    producer.start()
    outcome = consume(condition, slot)
    producer.join()
    return outcome


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    for r in range(rounds):
        start = time.perf_counter()
        total, misordered = workload()
        print(f"round {r} {time.perf_counter() - start:.6f} {ITEMS} {total} {misordered}")


main()
