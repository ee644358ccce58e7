# Bad input to ThreadPoolExecutor: a call that is not callable fails in the worker, and its
# TypeError surfaces from result(); max_workers of 0 or less is a ValueError, one that is not a
# number a TypeError; an initializer that is not callable a TypeError; submit after shutdown
# a RuntimeError; submit without a function a TypeError.
from concurrent.futures import ThreadPoolExecutor

executor = ThreadPoolExecutor(max_workers=1)
future = executor.submit(42)
try:
    future.result()
except TypeError as e:
    print("TypeError from result():", e)
print(type(future.exception()).__name__)
for bad in (0, -3):
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print(bad, "ValueError:", e)
try:
    ThreadPoolExecutor(max_workers="two")
except TypeError as e:
    print("TypeError:", e)
try:
    ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError:", e)
try:
    executor.submit()
except TypeError as e:
    print("TypeError:", e)
executor.shutdown()
try:
    executor.submit(print, "never")
except RuntimeError as e:
    print("RuntimeError:", e)
executor.shutdown()
print(ThreadPoolExecutor(max_workers=2.5)._max_workers)
ThreadPoolExecutor(max_workers=0)
