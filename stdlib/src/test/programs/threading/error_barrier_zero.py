# Barrier(0) is accepted by CPython 3.11's constructor, but no number of arrivals can complete
# it: a wait with a timeout breaks it with BrokenBarrierError.
import threading

b = threading.Barrier(0)
print("parties:", b.parties, "waiting:", b.n_waiting, "broken:", b.broken)
b.wait(timeout=0.05)
print("not reached")
