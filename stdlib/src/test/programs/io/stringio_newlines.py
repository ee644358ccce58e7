# StringIO's newline argument: None translates \r\n and \r when written, '' keeps them and
# splits lines at any of the three, '\r' and '\r\n' replace each written \n.
import io

text = "ab\r\ncd\ref\ngh"
for newline in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(text, newline=newline)
    print(repr(newline), repr(s.getvalue()), s.readlines(), repr(s.newlines))

s = io.StringIO(newline=None)
s.write("x\r")
print(repr(s.getvalue()), repr(s.newlines))
s.write("\ny\r\n")
print(repr(s.getvalue()), repr(s.newlines))

s = io.StringIO(newline="")
s.write("one\r")
s.write("\ntwo\n")
print(repr(s.getvalue()), s.readlines(), repr(s.newlines))
s.seek(0)
print(list(s))

s = io.StringIO(newline="\r\n")
print(s.write("a\nb\n"), repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline(2)), repr(s.readline()), repr(s.readline()))
