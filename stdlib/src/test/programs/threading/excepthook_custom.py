# A custom threading.excepthook receives ExceptHookArgs (exc_type, exc_value, exc_traceback,
# thread) for every exception escaping a thread, SystemExit included (only the default hook
# ignores SystemExit).
import threading

reports = []
hook_lock = threading.Lock()


def hook(args):
    with hook_lock:
        reports.append((
            args.thread.name,
            args.exc_type.__name__,
            str(args.exc_value),
            args.exc_traceback is not None,
            innermost_function(args.exc_traceback),
        ))


def innermost_function(tb):
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_frame.f_code.co_name


def divide(a, b):
    return a / b


def failing_lookup():
    return {}["key"]


def leave(code):
    raise SystemExit(code)


print(threading.excepthook is threading.__excepthook__)
threading.excepthook = hook
threads = [
    threading.Thread(target=divide, args=(1, 0), name="divide"),
    threading.Thread(target=failing_lookup, name="lookup"),
    threading.Thread(target=leave, args=(1,), name="exits"),
    threading.Thread(target=divide, args=(4, 2), name="fine"),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
for report in sorted(reports):
    print(report)

# ExceptHookArgs is a struct sequence of four fields.
captured = []
threading.excepthook = captured.append
t = threading.Thread(target=divide, args=(1, 0))
t.start()
t.join()
args = captured[0]
print(isinstance(args, threading.ExceptHookArgs), len(args), args[0] is args.exc_type, args[3] is t)

# Restoring the default brings back the usual report on stderr.
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
t = threading.Thread(target=failing_lookup, name="last")
t.start()
t.join()
print("end")
