# Lazy initialisation shared by many threads: double-checked locking runs the expensive setup
# exactly once, and every thread gets the same object; a cache filled under a lock computes
# each key once however many threads ask for it.
import threading

THREADS = 10
setup_calls = []
_instance = None
_instance_lock = threading.Lock()


class Config:
    def __init__(self):
        setup_calls.append(threading.current_thread().name)
        self.values = {"retries": 3, "mode": "fast"}


def get_config():
    global _instance
    if _instance is None:
        with _instance_lock:
            if _instance is None:
                _instance = Config()
    return _instance


start = threading.Barrier(THREADS)
got = []


def user():
    start.wait()
    got.append(get_config())


threads = [threading.Thread(target=user) for _ in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("setup ran", len(setup_calls), "time(s); same object everywhere:", all(c is got[0] for c in got))
print(got[0].values)


cache = {}
cache_lock = threading.Lock()
computed = []


def square(n):
    with cache_lock:
        if n not in cache:
            computed.append(n)
            cache[n] = n * n
        return cache[n]


start = threading.Barrier(THREADS)
answers = [None] * THREADS


def asker(i):
    start.wait()
    answers[i] = [square(n % 7) for n in range(50)]


threads = [threading.Thread(target=asker, args=(i,)) for i in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("keys computed:", sorted(computed), "answers agree:", all(a == answers[0] for a in answers))
