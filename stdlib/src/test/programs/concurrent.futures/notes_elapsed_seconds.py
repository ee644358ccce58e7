# The notes' kind of example: tasks that sleep whole seconds on a pool smaller than their
# number, with the elapsed seconds printed as they finish (virtual time runs it at once).
from concurrent.futures import ThreadPoolExecutor, as_completed
import threading
import time

start = time.time()


def job(n):
    time.sleep(n)
    return n


with ThreadPoolExecutor(max_workers=2) as executor:
    futures = [executor.submit(job, n) for n in (3, 1, 1)]
    for future in as_completed(futures):
        print(f"job of {future.result()} s done at {round(time.time() - start)} s")
print(f"all done at {round(time.time() - start)} s")
