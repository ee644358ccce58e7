# StringIO: text in memory with a file's methods; positions count characters.
import io

s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.writelines(["second line\n", "third"]), s.tell())
print(repr(s.getvalue()))
print(s.seek(0), repr(s.readline()), repr(s.read(6)), s.tell(), repr(s.read()), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(0)
print([line.upper() for line in s])

s = io.StringIO("line1\nline2\nline3")
print(repr(s.readline(3)), repr(s.readline()), list(s), repr(s.readline()))
s = io.StringIO("a\nbb\nccc\ndddd\n")
print(s.readlines(3), s.readlines(0), s.readlines())
print(repr(io.StringIO("abc").read(None)), repr(io.StringIO("abc").read(-5)), repr(io.StringIO("abc").readline(None)))

# Writing overwrites from the position; seeking past the end pads with NULs.
s = io.StringIO("abcdef")
print(s.write("XY"), repr(s.getvalue()), s.tell())
s.seek(9)
print(s.write("!"), repr(s.getvalue()), s.tell())
print(s.seek(0, io.SEEK_END), s.seek(0, io.SEEK_CUR), s.seek(2, io.SEEK_SET))

# truncate cuts at the position (or the size given) and does not move.
s = io.StringIO("hello world")
print(s.truncate(5), s.tell(), repr(s.getvalue()))
s.seek(2)
print(s.truncate(), s.tell(), repr(s.getvalue()), s.truncate(50), repr(s.getvalue()))

# Characters beyond the BMP count as one.
s = io.StringIO("héllo\U0001F600wörld")
print(s.read(6), s.tell(), s.seek(0, 2), len(s.getvalue()), s.read(), s.seek(5), s.read(1) == "\U0001F600")

# Context manager, closed, flags.
with io.StringIO("inside") as s:
    print(s.read(), s.closed, s.readable(), s.writable(), s.seekable(), s.isatty(), s.line_buffering)
print(s.closed)
print(s.encoding, s.errors, io.StringIO().newlines)

# __init__ again starts over.
s = io.StringIO("first")
s.read()
s.__init__("second")
print(repr(s.getvalue()), s.tell())
print(repr(io.StringIO(None).getvalue()), repr(io.StringIO(initial_value="kw").getvalue()))

# print writes to a StringIO.
out = io.StringIO()
print("a", 1, [2], sep=", ", end=";\n", file=out)
print("second", file=out)
print(repr(out.getvalue()))
