# Misuse of threading's Python-level API: bad calls are worded as for Python functions, the
# read-only properties refuse assignment and deletion, and a Thread subclass that skipped
# Thread.__init__ fails in each accessor as CPython's asserts make it fail.
import threading


def attempt(label, action):
    try:
        print(label, "->", action())
    except Exception as e:
        print(label, type(e).__name__, e)


t = threading.Thread(target=print)
attempt("too many positional", lambda: threading.Thread(None, None, None, (), None, None))
attempt("unknown keyword", lambda: threading.Thread(bogus=1))
attempt("daemon positionally", lambda: threading.Thread(None, None, None, (), None, True))
attempt("Timer without function", lambda: threading.Timer(1))
attempt("join with two timeouts", lambda: t.join(1, 2))
attempt("join with unknown keyword", lambda: t.join(timeout=1, x=2))
attempt("current_thread with an argument", lambda: threading.current_thread(1))
attempt("settrace by keyword", lambda: threading.settrace(func=None))
attempt("setName without a name", lambda: t.setName())
attempt("set ident", lambda: setattr(t, "ident", 3))
attempt("delete native_id", lambda: delattr(t, "native_id"))
attempt("delete name", lambda: delattr(t, "name"))
attempt("delete daemon", lambda: delattr(t, "daemon"))
attempt("name from str()", lambda: threading.Thread(name=3.5).name)
attempt("empty name is replaced", lambda: threading.Thread(name="").name)
attempt("daemon kept as given", lambda: threading.Thread(daemon=1).daemon)


class Skipped(threading.Thread):
    def __init__(self):
        pass


s = Skipped()
attempt("repr", lambda: repr(s))
attempt("name", lambda: s.name)
attempt("ident", lambda: s.ident)
attempt("daemon", lambda: s.daemon)
attempt("set daemon", lambda: setattr(s, "daemon", True))
attempt("set name", lambda: setattr(s, "name", "x"))
attempt("join", lambda: s.join())
attempt("run", lambda: s.run())

# A local's __dict__ is the thread's own and cannot be replaced.
data = threading.local()
attempt("replace local __dict__", lambda: setattr(data, "__dict__", {"a": 1}))


class Named(threading.local):
    pass


attempt("replace subclass __dict__", lambda: setattr(Named(), "__dict__", {}))
