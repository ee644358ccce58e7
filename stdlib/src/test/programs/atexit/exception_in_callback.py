# An exception raised by a callback, SystemExit included, is reported as unraisable ("Exception
# ignored in atexit callback") and the other callbacks still run; the exit status stays 0. The
# last stderr line is the report of the first callback registered, which runs last.
import atexit
import sys

reports = []


def hook(unraisable):
    reports.append((unraisable.err_msg, unraisable.object.__name__, type(unraisable.exc_value).__name__,
                    str(unraisable.exc_value)))


def fails():
    raise ValueError("callback failed")


def exits():
    sys.exit(3)


def fine(label):
    print("fine", label)


atexit.register(fails)
atexit.register(fine, 1)
atexit.register(exits)
atexit.register(fine, 2)

# With a hook installed, _run_exitfuncs shows what the reports carry.
original = sys.unraisablehook
sys.unraisablehook = hook
atexit._run_exitfuncs()
sys.unraisablehook = original
for report in reports:
    print(report)

# At the real exit the default hook writes them to stderr.
atexit.register(fails)
atexit.register(fine, 3)
atexit.register(exits)
atexit.register(fine, 4)
print("main ends")
