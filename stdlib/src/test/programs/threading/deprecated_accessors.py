# The old camelCase accessors still work and warn with DeprecationWarning; the warnings are
# captured here so their category, text and line are printed to stdout.
import threading
import warnings

t = threading.Thread(target=lambda: None)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(t.getName())
    t.setName("renamed")
    print(t.isDaemon())
    t.setDaemon(True)
    print(t.daemon, t.name)
    print(threading.currentThread() is threading.current_thread())
    print(threading.activeCount() == threading.active_count())
    ev = threading.Event()
    print(ev.isSet())
    cond = threading.Condition()
    with cond:
        cond.notifyAll()

for w in caught:
    print(w.category.__name__, w.lineno, w.filename == __file__, w.message)

# Under the default filters they still work; the warnings are shown for code in __main__.
print(threading.current_thread().getName())
