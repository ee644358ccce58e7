# BytesIO: bytes in memory; relative seeks before the start stop at 0; readinto fills a bytearray.
import io


def attempt(label, call):
    try:
        print(label, repr(call()))
    except Exception as e:
        print(label, type(e).__name__, e)


b = io.BytesIO(b"hello\nworld\n")
print(b.read(3), b.readline(), b.tell(), b.readlines(), b.read(), b.getvalue())
b = io.BytesIO(bytearray(b"abc"))
print(b.getvalue(), b.seek(-1, 2), b.read(), b.seek(-10, 1), b.tell(), b.seek(10), b.write(b"z"), b.getvalue())
b = io.BytesIO(b"abcdef")
print(b.truncate(3), b.tell(), b.getvalue(), b.seek(0, 2), b.truncate(), b.read1(), b.read1(-1))
b = io.BytesIO(b"abcdef")
target = bytearray(4)
print(b.readinto(target), bytes(target))
print(b.readinto(target), bytes(target), b.readinto(target))
b = io.BytesIO()
print(b.write(bytearray(b"xy")), b.write(b""), b.writelines([b"1", bytearray(b"2")]), b.getvalue(), b.tell())
print(list(io.BytesIO(b"a\nb\r\nc")))
print(io.BytesIO(b"abc").read(None), io.BytesIO(b"abc").readline(2), io.BytesIO(b"a\nb\nc\n").readlines(1))
print(io.BytesIO(None).getvalue(), io.BytesIO(initial_bytes=b"kw").read())
with io.BytesIO(b"ctx") as b:
    print(b.read(), b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed)
print(b.closed)

attempt("init str", lambda: io.BytesIO("s"))
attempt("init int", lambda: io.BytesIO(5))
attempt("write str", lambda: io.BytesIO().write("s"))
attempt("seek negative", lambda: io.BytesIO().seek(-1))
attempt("seek whence", lambda: io.BytesIO().seek(0, 5))
attempt("truncate negative", lambda: io.BytesIO().truncate(-1))
attempt("read float", lambda: io.BytesIO().read(1.5))
attempt("readinto bytes", lambda: io.BytesIO(b"x").readinto(b"y"))
attempt("fileno", lambda: io.BytesIO().fileno())
attempt("detach", lambda: io.BytesIO().detach())

b = io.BytesIO(b"abc")
b.close()
for name, call in [("getvalue", b.getvalue), ("read", b.read), ("write", lambda: b.write(b"")),
                   ("tell", b.tell), ("seek", lambda: b.seek(0)), ("readable", b.readable),
                   ("next", lambda: next(b)), ("close again", b.close), ("flush", b.flush),
                   ("enter", b.__enter__), ("isatty", b.isatty), ("readlines", b.readlines)]:
    attempt(name, call)
print(iter(b) is b)
