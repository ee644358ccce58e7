# The callbacks run however the main module ends: here by sys.exit with a status, which they
# do not change. They can still use modules and globals, and see the exception gone.
import atexit
import sys

state = {"phase": "running"}


@atexit.register
def report():
    print("callback sees phase", state["phase"], "and exc_info", sys.exc_info())
    sys.stdout.flush()


def cleanup(path):
    print("cleanup of", path)


atexit.register(cleanup, "/tmp/nothing")
state["phase"] = "exiting"
try:
    sys.exit(7)
finally:
    print("finally block runs first")
