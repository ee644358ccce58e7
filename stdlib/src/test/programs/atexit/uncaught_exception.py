# An uncaught exception is printed, then the callbacks run, and the status is 1.
import atexit

atexit.register(print, "callback after the traceback")
print("main starts")
raise LookupError("nobody caught this")
