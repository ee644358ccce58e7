# The notes' shorter variant of the worker pool: the workers loop forever and are daemon
# threads, so once q.join() has returned the program ends with the workers still blocked in
# q.get(). (The notes call t.setDaemon() without an argument, which is a TypeError; the
# daemon attribute is set here instead.)
import queue
import threading

num_worker_threads = 2
done = []
done_lock = threading.Lock()


def source():
    return ["alpha", "beta", "gamma", "delta", "epsilon"]


def do_work(item):
    with done_lock:
        done.append(item.upper())


def worker():
    while True:
        item = q.get()
        do_work(item)
        q.task_done()

q = queue.Queue()
for i in range(num_worker_threads):
    t = threading.Thread(target=worker)
    t.daemon = True
    t.start()

for item in source():
    q.put(item)

q.join()
print(sorted(done))
print("workers still alive at the end:", threading.active_count() - 1)
