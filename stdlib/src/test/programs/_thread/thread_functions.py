# The rest of _thread's functions: stack_size (kept per process, checked as CPython checks it),
# _count of running threads, the start_new and exit_thread aliases, and the structure of
# _ExceptHookArgs and of what sys.unraisablehook receives.
import _thread
import sys


def attempt(label, action):
    try:
        print(label, "->", action())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("stack_size()", _thread.stack_size)
attempt("stack_size(65536) returns the old size", lambda: _thread.stack_size(65536))
attempt("stack_size() returns it and resets it", _thread.stack_size)
attempt("stack_size() again", _thread.stack_size)
for bad in (-1, 100, 32767, "x", 1.5, 2 ** 70):
    attempt(f"stack_size({bad!r})", lambda: _thread.stack_size(bad))
attempt("stack_size(32768)", lambda: _thread.stack_size(32768))
attempt("stack_size(0)", lambda: _thread.stack_size(0))

# _count() counts the threads started and still running, not the main thread.
hold = _thread.allocate_lock()
hold.acquire()
running = _thread.allocate_lock()
running.acquire()
left = _thread.allocate_lock()
left.acquire()
count = [0]


def wait_for_release():
    with hold:
        count[0] += 1
        if count[0] == 2:
            left.release()


def signal_then_wait():
    running.release()
    wait_for_release()


print("before:", _thread._count())
_thread.start_new_thread(signal_then_wait, ())
running.acquire()
_thread.start_new(wait_for_release, ())
print("start_new is start_new_thread:", _thread.start_new is _thread.start_new_thread)
hold.release()
left.acquire()
try:
    _thread.exit_thread()
except SystemExit as e:
    print("exit_thread in the main thread raises", repr(e))
attempt("get_native_id is an int", lambda: isinstance(_thread.get_native_id(), int))

args = _thread._ExceptHookArgs((ValueError, ValueError("v"), None, None))
print(repr(args))
print(type(args).__name__, type(args).__module__, len(args), args.exc_type is args[0], args.thread)
print(_thread._ExceptHookArgs.n_fields, _thread._ExceptHookArgs.n_sequence_fields, _thread._ExceptHookArgs.n_unnamed_fields)
attempt("_ExceptHookArgs of 3", lambda: _thread._ExceptHookArgs((1, 2, 3)))
attempt("_ExceptHookArgs of an int", lambda: _thread._ExceptHookArgs(5))
attempt("_excepthook of a tuple", lambda: _thread._excepthook((1, 2, 3, 4)))

# What sys.unraisablehook receives for an exception escaping a _thread thread.
got = _thread.allocate_lock()
got.acquire()
received = []


def hook(unraisable):
    received.append(unraisable)
    got.release()


def broken():
    raise OSError("unreachable")


sys.unraisablehook = hook
_thread.start_new_thread(broken, ())
got.acquire()
sys.unraisablehook = sys.__unraisablehook__
u = received[0]
print(type(u).__name__, len(u), u.exc_type.__name__, u.exc_value.args, u.err_msg, u.object is broken)
print(u.exc_traceback is u.exc_value.__traceback__, u.exc_traceback.tb_frame.f_code.co_name)
attempt("sys.unraisablehook of a tuple", lambda: sys.unraisablehook((1, 2, 3, 4, 5)))
