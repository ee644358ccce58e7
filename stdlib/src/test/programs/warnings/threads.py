# Threads warning at once: under "always" every warning is recorded, none lost; under "default"
# and "once" a warning from one place is shown once, however many threads race to it.
import threading
import warnings

THREADS = 8
PER_THREAD = 300


def run_threads(work):
    barrier = threading.Barrier(THREADS)

    def body(index):
        barrier.wait()
        work(index)

    threads = [threading.Thread(target=body, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def many(index):
    for step in range(PER_THREAD):
        warnings.warn("thread %d step %d" % (index, step))


def same(index):
    for step in range(PER_THREAD):
        warnings.warn("the same warning")


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    run_threads(many)
print(len(caught), len(set(str(w.message) for w in caught)))

for action in ["default", "once", "module"]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter(action)
        run_threads(same)
    print(action, len(caught))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    run_threads(same)
print("always", len(caught))
