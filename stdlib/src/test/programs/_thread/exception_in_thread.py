# An exception escaping a _thread.start_new_thread function goes to sys.unraisablehook with
# the message "Exception ignored in thread started by" and the function as the object;
# threading.excepthook is not involved. The last one goes to the default hook on stderr.
import _thread
import sys
import threading

reports = []
reported = _thread.allocate_lock()
reported.acquire()


def hook(unraisable):
    reports.append((
        unraisable.exc_type.__name__,
        str(unraisable.exc_value),
        unraisable.err_msg,
        unraisable.object.__name__,
    ))
    reported.release()


def not_threading_hook(args):
    reports.append(("threading.excepthook was called",))


def broken(n):
    raise ValueError(f"broken {n}")


def divide():
    return 1 / 0


sys.unraisablehook = hook
threading.excepthook = not_threading_hook
_thread.start_new_thread(broken, (1,))
reported.acquire()
_thread.start_new_thread(divide, ())
reported.acquire()
for report in reports:
    print(report)


# The default hook prints the report on stderr. The main thread does not wait for _thread
# threads at exit, so it waits until the report's last line has gone through sys.stderr.
class WatchedStderr:
    def __init__(self, stream, last_line):
        self.stream = stream
        self.last_line = last_line
        self.written = ""
        self.done = _thread.allocate_lock()
        self.done.acquire()

    def write(self, text):
        self.stream.write(text)
        self.written += text
        if self.written.endswith(self.last_line):
            self.stream.flush()
            self.done.release()
        return len(text)

    def flush(self):
        self.stream.flush()


sys.unraisablehook = sys.__unraisablehook__
sys.stderr = watched = WatchedStderr(sys.stderr, "ValueError: broken 2\n")
_thread.start_new_thread(broken, (2,))
watched.done.acquire()
print("main thread goes on; the report began with:", watched.written.splitlines()[0].split(" at 0x")[0])
