# One million items handed from a producer thread to a consumer thread through a
# queue.Queue(maxsize=1000): the bound makes each side block on the other in turn, as a
# pipeline does. The consumer sums the items and counts any that arrive out of FIFO order.
import queue
import sys
import threading
import time

ITEMS = 1_000_000
DONE = None


def produce(channel):
    for item in range(ITEMS):
        channel.put(item)
    channel.put(DONE)


def consume(channel):
    total = 0
    received = 0
    misordered = 0
    while True:
        item = channel.get()
        if item is DONE:
            return received, total, misordered
        if item != received:
            misordered += 1
        total += item
        received += 1


def workload():
    channel = queue.Queue(maxsize=1000)
    producer = threading.Thread(target=produce, args=(channel,))
    producer.start()
    outcome = consume(channel)
    producer.join()
    return outcome


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    for r in range(rounds):
        start = time.perf_counter()
        received, total, misordered = workload()
        print(f"round {r} {time.perf_counter() - start:.6f} {received} {total} {misordered}")


main()
