# The heap functions keep a list as a binary min-heap; the list's exact order is CPython's,
# which programs print, so every step shows the list itself.
import heapq

heap = []
for n in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heapq.heappush(heap, n)
    print("push", n, heap)
while heap:
    print("pop", heapq.heappop(heap), heap)

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 4, 7]
heapq.heapify(data)
print("heapify", data)
print("heapreplace", heapq.heapreplace(data, 10), data)
print("heappushpop small", heapq.heappushpop(data, -1), data)
print("heappushpop large", heapq.heappushpop(data, 5), data)
print("heappushpop empty", heapq.heappushpop([], 4))
print("sorted by popping", [heapq.heappop(data) for _ in range(len(data))])

# Ties: equal keys keep the order the tuples give them.
tasks = []
for priority, name in [(2, "write"), (1, "read"), (2, "test"), (1, "plan"), (3, "ship")]:
    heapq.heappush(tasks, (priority, name))
print(tasks)
print([heapq.heappop(tasks) for _ in range(len(tasks))])

# Strings and floats mixed with ints.
words = ["pear", "apple", "fig", "banana", "cherry"]
heapq.heapify(words)
print(words, heapq.heappop(words))
numbers = [3.5, 1, 2.25, True, 0.5]
heapq.heapify(numbers)
print(numbers)

# A subclass of list is a list to heapq.
class Tracked(list):
    pass

tracked = Tracked([4, 2, 6, 1])
heapq.heapify(tracked)
print(type(tracked).__name__, tracked)

# The max-heap helpers nsmallest relies on.
maxheap = [3, 9, 1, 7, 5]
heapq._heapify_max(maxheap)
print("max heap", maxheap, heapq._heappop_max(maxheap), maxheap)
print(heapq._heapreplace_max(maxheap, 4), maxheap)
print(sorted(heapq.__all__))
