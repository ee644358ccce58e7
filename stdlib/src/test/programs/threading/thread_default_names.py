# Default thread names: one counter for the whole program, "Thread-N (target)" when the target
# has a __name__, plain "Thread-N" otherwise; explicit names do not use up a number.
import functools
import threading


def worker():
    pass


class Job:
    def method(self):
        pass

    def __call__(self):
        pass


names = [
    threading.Thread(target=worker).name,
    threading.Thread().name,
    threading.Thread(target=lambda: None).name,
    threading.Thread(name="named", target=worker).name,
    threading.Thread(target=Job().method).name,
    threading.Thread(target=Job()).name,
    threading.Thread(target=functools.partial(worker)).name,
    threading.Thread(target=print).name,
    threading.Timer(1.0, worker).name,
    threading.Thread(target=worker).name,
]
for name in names:
    print(name)


class Custom(threading.Thread):
    def run(self):
        pass


print(Custom().name)
print(Custom(name="mine").name)
print(threading.current_thread().name)
print(threading.main_thread().name)

# Names can be changed, also while the thread runs.
done = threading.Event()
t = threading.Thread(target=done.wait)
t.start()
t.name = "renamed"
print(t.name, t.is_alive())
done.set()
t.join()
print(t.name)
