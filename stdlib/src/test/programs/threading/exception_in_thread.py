# An exception escaping a thread is reported on stderr through threading.excepthook and the
# program goes on. The report is captured once to show its first and last lines; the second
# report goes to the real stderr, whose last line is the exception.
import io
import sys
import threading


def worker(n):
    raise ValueError(f"bad item {n}")


captured = io.StringIO()
real_stderr = sys.stderr
sys.stderr = captured
t = threading.Thread(target=worker, args=(1,))
t.start()
t.join()
sys.stderr = real_stderr
lines = captured.getvalue().splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])
print("thread ended:", not t.is_alive())


# Named threads and subclasses are reported under their own names.
class Failing(threading.Thread):
    def run(self):
        raise KeyError("missing")


for thread in (Failing(name="failing-subclass"), threading.Thread(target=worker, args=(2,), name="named")):
    sys.stderr = captured = io.StringIO()
    thread.start()
    thread.join()
    sys.stderr = real_stderr
    report = captured.getvalue().splitlines()
    print(report[0], "|", report[-1])

# SystemExit ends a thread silently.
quiet = threading.Thread(target=sys.exit, args=(3,))
sys.stderr = captured = io.StringIO()
quiet.start()
quiet.join()
sys.stderr = real_stderr
print("SystemExit report:", repr(captured.getvalue()))

t = threading.Thread(target=worker, args=(3,))
t.start()
t.join()
print("main goes on after the report")
