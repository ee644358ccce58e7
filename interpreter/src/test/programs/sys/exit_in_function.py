# SystemExit raised deep in a call stack; exit status from an int code.
import sys
def check(value):
    if value > 2:
        print('value too large, exiting')
        sys.exit(42)
    return value
for v in range(5):
    print('checked', check(v))
