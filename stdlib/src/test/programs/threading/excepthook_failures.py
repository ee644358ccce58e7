# threading.excepthook going wrong: a hook that raises is reported as "Exception in
# threading.excepthook:" through sys.excepthook (here a recording one); a hook set to None
# when a thread runs falls back on the one in place when the thread was made; and no thread
# can be made while threading.excepthook is None. The hook sees the exception in sys.exc_info().
import sys
import threading

seen = []


def recording_sys_hook(exc_type, exc_value, exc_tb):
    seen.append(("sys.excepthook", exc_type.__name__, str(exc_value)))


def broken_hook(args):
    seen.append(("threading.excepthook", args.exc_type.__name__, sys.exc_info()[0].__name__, args.thread.name))
    raise ValueError("the hook broke")


def fail():
    raise KeyError("from the thread")


sys.excepthook = recording_sys_hook
threading.excepthook = broken_hook
t = threading.Thread(target=fail, name="first")
t.start()
t.join()

later = threading.Thread(target=fail, name="second")
threading.excepthook = None
later.start()
later.join()
for entry in seen:
    print(entry)

try:
    threading.Thread(target=fail)
except RuntimeError as e:
    print("RuntimeError", e)
threading.excepthook = threading.__excepthook__
sys.excepthook = sys.__excepthook__

# The default hook ignores SystemExit, whatever its code.
quiet = threading.Thread(target=sys.exit, args=("leaving",))
quiet.start()
quiet.join()
print("end")
