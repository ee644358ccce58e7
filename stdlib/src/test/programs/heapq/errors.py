# The errors CPython gives: wrong argument types, empty heaps, items that cannot be compared.
import heapq

calls = [
    ("heappush", lambda: heapq.heappush((), 1)),
    ("heappop", lambda: heapq.heappop({})),
    ("heapify", lambda: heapq.heapify("abc")),
    ("heapreplace", lambda: heapq.heapreplace(None, 1)),
    ("heappushpop", lambda: heapq.heappushpop(1.5, 1)),
    ("heappop empty", lambda: heapq.heappop([])),
    ("heapreplace empty", lambda: heapq.heapreplace([], 1)),
    ("_heappop_max empty", lambda: heapq._heappop_max([])),
    ("heappush no args", lambda: heapq.heappush([])),
    ("heappush keyword", lambda: heapq.heappush(heap=[], item=1)),
    ("heapify two args", lambda: heapq.heapify([], [])),
    ("push mixed", lambda: heapq.heappush([1, 2], "x")),
    ("heapify mixed", lambda: heapq.heapify([3, None, 1])),
    ("pushpop dicts", lambda: heapq.heappushpop([{}], {})),
]
for name, call in calls:
    try:
        call()
    except Exception as e:
        print(f"{name}: {type(e).__name__}: {e}")

# A failed comparison leaves the pushed item in the list, where it was appended.
heap = [1, 3, 5]
try:
    heapq.heappush(heap, "x")
except TypeError:
    print("after failed push:", heap)


# A comparison that changes the list stops the heap with a RuntimeError.
class Shrinker:
    def __init__(self, value, victim):
        self.value = value
        self.victim = victim

    def __lt__(self, other):
        if self.victim:
            self.victim.pop()
        return self.value < other.value

    def __repr__(self):
        return f"S{self.value}"


shared = []
shared.extend([Shrinker(v, None) for v in [1, 2, 3, 4]])
try:
    heapq.heappush(shared, Shrinker(0, shared))
except RuntimeError as e:
    print("RuntimeError:", e)

heapq.heappop([[]])
print(heapq.heappop([[1], [0]]))
heapq.heappush(heap, [1])
