# A common idiom: a Thread subclass whose run() calls the target itself, through the
# _target/_args/_kwargs attributes that Thread.__init__ stores, to keep its return value.
import threading


class ResultThread(threading.Thread):
    def run(self):
        self.log = ["before"]
        try:
            if self._target is not None:
                self.value = self._target(*self._args, **self._kwargs)
        finally:
            self.log.append("after")


def combine(a, b, sep="-"):
    return f"{a}{sep}{b}"


t = ResultThread(target=combine, args=("x", "y"), kwargs={"sep": "+"})
print(t._target is combine, t._args, t._kwargs)
t.start()
t.join()
print(t.name, t.value, t.log)

p = ResultThread(target=pow, args=(2, 10))
p.start()
p.join()
print(p.name, p.value, p.log)

# Thread.run() itself drops the references once it is done.
plain = threading.Thread(target=combine, args=(1, 2))
plain.start()
plain.join()
print(hasattr(plain, "_target"), hasattr(plain, "_args"), hasattr(plain, "_kwargs"))
