# Tasks run truly at the same time: four tasks meet at a barrier that only four threads
# together can pass, and a CPU-bound function gives the same results on many workers.
from concurrent.futures import ThreadPoolExecutor, as_completed
import threading

meeting = threading.Barrier(4)


def meet(n):
    index = meeting.wait(timeout=30)
    return n, index


with ThreadPoolExecutor(max_workers=4) as executor:
    pairs = [f.result() for f in [executor.submit(meet, n) for n in range(4)]]
print(sorted(n for n, _ in pairs), sorted(i for _, i in pairs))


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


with ThreadPoolExecutor(max_workers=8) as executor:
    futures = {executor.submit(collatz_steps, n): n for n in range(1, 2001)}
    total = sum(f.result() for f in as_completed(futures))
    longest = max(futures, key=lambda f: f.result())
print(total, futures[longest], longest.result())
print(list(ThreadPoolExecutor(4).map(collatz_steps, [27, 97, 871, 6171])))
