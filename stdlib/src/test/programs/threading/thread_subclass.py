# Subclasses of Thread: run() overridden, __init__ through super() or Thread.__init__ called
# explicitly, with extra state kept on the instance and read after join.
import threading


class SuperInit(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"square-{n}")
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * self.n


class ExplicitInit(threading.Thread):
    def __init__(self, words):
        threading.Thread.__init__(self, daemon=True)
        self.words = words
        self.result = None

    def run(self):
        self.result = " ".join(reversed(self.words))


threads = [SuperInit(n) for n in range(1, 5)]
threads.append(ExplicitInit(["a", "b", "c"]))
for t in threads:
    t.start()
for t in threads:
    t.join()
for t in threads:
    print(type(t).__name__, t.name, t.daemon, t.result, t.is_alive())

# A subclass is still a Thread, and isinstance sees it from inside the thread too.
seen = []


class Checker(threading.Thread):
    def run(self):
        seen.append(threading.current_thread() is self)
        seen.append(isinstance(threading.current_thread(), Checker))


c = Checker()
c.start()
c.join()
print(seen, isinstance(c, threading.Thread), Checker.__mro__[1] is threading.Thread)
