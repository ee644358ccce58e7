# Misuse of a thread's life cycle raises RuntimeError with CPython's messages.
import threading


def attempt(label, action):
    try:
        action()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


t = threading.Thread(target=lambda: None)
attempt("join before start", t.join)
attempt("join(timeout) before start", lambda: t.join(0.01))
attempt("start", t.start)
attempt("start again while alive or done", t.start)
t.join()
attempt("start after join", t.start)
attempt("join again", t.join)
attempt("join current thread", threading.current_thread().join)
attempt("join main thread from main", threading.main_thread().join)

# Joining the current thread from inside a worker fails the same way.
inside = []


def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        inside.append(str(e))


w = threading.Thread(target=join_self)
w.start()
w.join()
print("inside worker:", inside)

# The daemon flag can only be changed before start.
gate = threading.Event()
d = threading.Thread(target=gate.wait)
d.daemon = True
d.start()
attempt("set daemon while alive", lambda: setattr(d, "daemon", False))
gate.set()
d.join()
attempt("set daemon after end", lambda: setattr(d, "daemon", False))
attempt("set daemon of main thread", lambda: setattr(threading.main_thread(), "daemon", True))


# A subclass that forgets Thread.__init__ cannot be started.
class Forgetful(threading.Thread):
    def __init__(self):
        self.value = 1

    def run(self):
        pass


attempt("start without __init__", Forgetful().start)
attempt("is_alive without __init__", Forgetful().is_alive)
