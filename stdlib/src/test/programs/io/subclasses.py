# StringIO, BytesIO and the base classes can be subclassed; overrides are what print, iteration
# and the inherited methods call.
import io


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print("to upper", 42, file=u)
u.writelines(["more\n"])
print(repr(u.getvalue()), type(u).__name__, isinstance(u, io.StringIO), isinstance(u, io.TextIOBase))


class Numbered(io.StringIO):
    def __init__(self, text):
        super().__init__(text)
        self.count = 0

    def readline(self, size=-1):
        line = super().readline(size)
        if line:
            self.count += 1
            return f"{self.count}: {line}"
        return line


n = Numbered("a\nb\nc\n")
print(list(n), n.count)
n.seek(0)
print(n.readlines())


class Tagged(io.BytesIO):
    label = "tagged"


t = Tagged(b"x\ny")
t.extra = 1
print(t.label, t.extra, list(t), isinstance(t, io.BufferedIOBase), isinstance(t, io.IOBase))


# A raw stream made from IOBase: readline, iteration, readlines and the context manager come
# from the base class, built on read.
class Countdown(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.flushed = 0

    def readable(self):
        return True

    def read(self, size=-1):
        chunk, self.data = self.data[:1], self.data[1:]
        return chunk

    def flush(self):
        self.flushed += 1
        super().flush()


with Countdown(b"3\n2\n1\nliftoff") as c:
    print(c.readline(), c.readlines(), c.readable(), c.writable(), c.seekable(), c.closed)
print(c.closed, c.flushed)
c.close()
print(c.flushed)
for call in [c.readline, c.fileno, lambda: c.seek(0), lambda: c.truncate(), c.tell, lambda: iter(c), c.flush]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)


class Sink(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


sink = Sink()
print("into", "the sink", file=sink)
sink.writelines(["x", "y"])
print(sink.parts, sink.encoding, sink.newlines)
try:
    sink.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e, isinstance(e, OSError), isinstance(e, ValueError))
