# time, monotonic and perf_counter return floats that never go backwards.
import time
t1, m1, p1 = time.time(), time.monotonic(), time.perf_counter()
total = 0
for i in range(10000):
    total += i
t2, m2, p2 = time.time(), time.monotonic(), time.perf_counter()
print(type(t1).__name__, type(m1).__name__, type(p1).__name__)
print(t2 >= t1, m2 >= m1, p2 >= p1, total)
print(t1 > 1.6e9)
print(type(time.time_ns()).__name__, time.time_ns() > 1600000000 * 10 ** 9)
