# sleep waits at least the requested time.
import time
start = time.monotonic()
time.sleep(0.05)
elapsed = time.monotonic() - start
print(elapsed >= 0.05, elapsed < 5)
time.sleep(0)
start = time.perf_counter()
time.sleep(0.02)
print(time.perf_counter() - start >= 0.02)
try:
    time.sleep(-1)
except ValueError as e:
    print('ValueError', e)
try:
    time.sleep('1')
except TypeError as e:
    print('TypeError', e)
