# Under the default warning filters a DeprecationWarning is shown only when the deprecated call
# is made from __main__. The same calls made from code whose module is not __main__ (compiled
# here under another module name) stay silent; the last call, from __main__, is shown on
# stderr, whose last line is the source line of that call.
import threading
import warnings

library_code = """
t = threading.Thread(name="lib")
t.setName(t.getName() + "-renamed")
t.setDaemon(not t.isDaemon())
result = (t.name, t.daemon, threading.currentThread().name, threading.activeCount())
"""
library = {"__name__": "library", "threading": threading}
exec(compile(library_code, "library.py", "exec"), library)
print("library calls ran silently:", library["result"])

with warnings.catch_warnings(record=True) as caught:
    exec(compile(library_code, "library.py", "exec"), {"__name__": "library", "threading": threading})
print("recorded with the default filters in place:", len(caught))

t = threading.Thread(name="main")
t.setDaemon(True)
print("main call ran:", t.daemon)
