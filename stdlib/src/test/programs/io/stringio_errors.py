# StringIO's errors: bad arguments, and every operation on a closed object. Its own methods
# say "closed file" without a full stop, the ones it inherits with one.
import io


def attempt(label, call):
    try:
        print(label, repr(call()))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("newline x", lambda: io.StringIO(newline="x"))
attempt("newline int", lambda: io.StringIO(newline=5))
attempt("initial int", lambda: io.StringIO(5))
attempt("initial bytes", lambda: io.StringIO(b"x"))
attempt("write int", lambda: io.StringIO().write(5))
attempt("write bytes", lambda: io.StringIO().write(b"x"))
attempt("seek negative", lambda: io.StringIO().seek(-1))
attempt("seek relative", lambda: io.StringIO().seek(1, 1))
attempt("seek whence", lambda: io.StringIO().seek(0, 3))
attempt("seek float", lambda: io.StringIO().seek(1.5))
attempt("truncate negative", lambda: io.StringIO().truncate(-1))
attempt("read float", lambda: io.StringIO().read(1.5))
attempt("readline str", lambda: io.StringIO().readline("1"))
attempt("fileno", lambda: io.StringIO().fileno())
attempt("detach", lambda: io.StringIO().detach())
attempt("writelines ints", lambda: io.StringIO().writelines(["ok", 1]))

s = io.StringIO("abc")
s.close()
print("closed:", s.closed)
for name, call in [("getvalue", s.getvalue), ("read", s.read), ("readline", s.readline),
                   ("write", lambda: s.write("x")), ("tell", s.tell), ("seek", lambda: s.seek(0)),
                   ("truncate", s.truncate), ("readable", s.readable), ("writable", s.writable),
                   ("iter", lambda: iter(s)), ("next", lambda: next(s)), ("close again", s.close),
                   ("flush", s.flush), ("enter", s.__enter__), ("newlines", lambda: s.newlines),
                   ("isatty", s.isatty), ("readlines", s.readlines), ("writelines", lambda: s.writelines([]))]:
    attempt(name, call)

try:
    with io.StringIO() as s:
        s.write("data")
        raise KeyError("inside with")
except KeyError as e:
    print("KeyError", e, "closed:", s.closed)
