# A thread recurses as deep as the main thread can: close to the default recursion limit, and
# past it into RecursionError, in threading threads and in bare _thread threads alike, and
# deeper once the limit is raised.
import _thread
import sys
import threading


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def probe(n):
    try:
        return depth(n)
    except RecursionError as e:
        return f"RecursionError: {e}"


results = {}


def record(key, n):
    results[key] = probe(n)


for key, n in [("near the limit", 950), ("past the limit", 5000)]:
    t = threading.Thread(target=record, args=(key, n))
    t.start()
    t.join()

done = _thread.allocate_lock()
done.acquire()


def bare():
    record("bare thread", 950)
    done.release()


_thread.start_new_thread(bare, ())
done.acquire()

sys.setrecursionlimit(5000)
t = threading.Thread(target=record, args=("raised limit", 4900))
t.start()
t.join()
for key in results:
    print(key, results[key])
