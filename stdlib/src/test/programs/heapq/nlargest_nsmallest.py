# nsmallest and nlargest: the n best items, ties in arrival order, with or without a key, from
# lists, iterators and generators; small n, n past the end and n <= 0.
import heapq

data = [7, 3, 9, 1, 5, 3, 8, 2, 9, 0, 4, 6]
for n in [-2, 0, 1, 2, 3, 5, 12, 20]:
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
print(heapq.nsmallest(3, iter(data)), heapq.nlargest(3, iter(data)))
print(heapq.nsmallest(4, (x * x % 11 for x in range(20))))
print(heapq.nlargest(1, []), heapq.nsmallest(1, iter([])), heapq.nlargest(3, iter([])))

people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 25), ("eve", 40), ("fay", 19), ("gus", 31)]
age = lambda person: person[1]
for n in [1, 2, 3, 4, 10]:
    print(n, heapq.nsmallest(n, people, key=age), heapq.nlargest(n, people, key=age))
print(heapq.nlargest(3, iter(people), key=age), heapq.nsmallest(3, iter(people), key=age))
print(heapq.nsmallest(2, ["bb", "a", "ccc", "dd", "e"], key=len))
print(heapq.nlargest(2, ["bb", "a", "ccc", "dd", "e"], key=len))
print(heapq.nlargest(3, {"x": 3, "y": 1, "z": 2}))
print(heapq.nsmallest(2, "hello"))
print(heapq.nlargest(True, [1, 5, 2]))


# Items that compare only through __lt__, counting the comparisons.
class Item:
    comparisons = 0

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        Item.comparisons += 1
        return self.value < other.value

    def __repr__(self):
        return f"Item({self.value})"


items = [Item(v) for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]]
print(heapq.nsmallest(3, iter(items)), Item.comparisons)
print(heapq.nlargest(3, iter(items), key=lambda item: item.value))

try:
    heapq.nsmallest(2.5, [1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
try:
    heapq.nlargest(2, iter([1, "a", 2]))
except TypeError as e:
    print("TypeError:", e)
