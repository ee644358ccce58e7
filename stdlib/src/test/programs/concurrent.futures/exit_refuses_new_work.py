# Once the interpreter is shutting down (the main module has ended and concurrent.futures'
# exit call has run), no executor takes new work: a task still running that submits more gets
# "cannot schedule new futures after interpreter shutdown". A pool made after that point
# cannot take work either.
from concurrent.futures import ThreadPoolExecutor
import time

executor = ThreadPoolExecutor(max_workers=2)


def submit_later():
    time.sleep(0.2)
    for pool in (executor, ThreadPoolExecutor(max_workers=1)):
        try:
            pool.submit(print, "never printed")
        except RuntimeError as e:
            print("RuntimeError:", e)
    return "done"


executor.submit(submit_later)
print("main module ends")
