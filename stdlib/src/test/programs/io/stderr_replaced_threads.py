# A StringIO as sys.stderr collects what threads write there: their lines and the reports of
# exceptions escaping them (threading.excepthook writes to the current sys.stderr). Each write
# arrives whole even when threads write at the same time; a print or a report is several writes,
# which threads running at once may interleave, so the failing threads run one at a time.
import io
import sys
import threading

captured = io.StringIO()
real_stderr = sys.stderr
sys.stderr = captured


def chatter(n):
    for i in range(200):
        sys.stderr.write(f"thread {n} line {i}\n")


def failing(n):
    raise RuntimeError(f"worker {n} failed")


threads = [threading.Thread(target=chatter, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in range(2):
    t = threading.Thread(target=failing, args=(n,), name=f"failing-{n}")
    t.start()
    t.join()
print("to the captured stderr", file=sys.stderr)
sys.stderr = real_stderr

lines = captured.getvalue().splitlines()
chat = [line for line in lines if line.startswith("thread ")]
print(len(chat), len(set(chat)), all(line.count("line") == 1 for line in chat))
for n in range(4):
    mine = [int(line.split()[-1]) for line in chat if line.startswith(f"thread {n} ")]
    print(n, mine == list(range(200)))
print(sorted(line for line in lines if line.startswith("Exception in thread")))
print(sorted(line for line in lines if line.startswith("RuntimeError")), lines[-1])

# Many threads writing to one StringIO directly: every character is kept.
shared = io.StringIO()


def writer(ch):
    for _ in range(500):
        shared.write(ch * 3)


writers = [threading.Thread(target=writer, args=(ch,)) for ch in "abcd"]
for t in writers:
    t.start()
for t in writers:
    t.join()
value = shared.getvalue()
print(len(value), sorted((ch, value.count(ch)) for ch in "abcd"), shared.tell())
