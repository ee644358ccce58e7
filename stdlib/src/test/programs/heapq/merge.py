# merge: sorted inputs in one sorted, lazy stream; equal items come out in the order of their
# inputs; key and reverse; the inputs are read only as far as needed.
import heapq

print(list(heapq.merge([1, 4, 7, 10], [2, 5, 8], [3, 6, 9, 11, 12])))
print(list(heapq.merge()), list(heapq.merge([], [1], [])), list(heapq.merge([3, 5])))
print(list(heapq.merge([10, 7, 3], [9, 8, 1], reverse=True)))
print(list(heapq.merge(["apple", "fig"], ["kiwi", "banana"], key=len)))
print(list(heapq.merge([(1, "a"), (3, "a")], [(1, "b"), (2, "b")], key=lambda p: p[0])))
print(list(heapq.merge(["bb", "a"], ["cc", "d"], key=len, reverse=True)))
print(list(heapq.merge("ace", "bdf")))

# Ties: the first input's item first.
left = [(1, "left"), (2, "left")]
right = [(1, "right"), (2, "right")]
print(list(heapq.merge(left, right, key=lambda p: p[0])))
print(list(heapq.merge(right, left, key=lambda p: p[0])))

# Laziness: merge reads nothing until the first next, then one item ahead of each input.
log = []


def source(name, values):
    for value in values:
        log.append((name, value))
        yield value


merged = heapq.merge(source("a", [1, 3, 5]), source("b", [2, 4]))
print("before next:", log)
it = iter(merged)
print(next(it), log)
print(next(it), log)
print(list(it), log)
print(iter(merged) is merged, next(merged, "done"))

# Endless inputs are fine as long as the consumer stops.
def multiples(k):
    n = 0
    while True:
        yield n
        n += k


stream = heapq.merge(multiples(3), multiples(5))
print([next(stream) for _ in range(10)])

try:
    list(heapq.merge([1, 2], 3))
except TypeError as e:
    print("TypeError:", e)
broken = heapq.merge([1, 2], ["a"])
try:
    list(broken)
except TypeError as e:
    print("TypeError:", e)
print(list(broken))
