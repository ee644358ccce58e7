# The daemon flag of a running thread cannot change.
import threading

stop = threading.Event()
t = threading.Thread(target=stop.wait, daemon=True)
t.start()
print("daemon:", t.daemon)
t.daemon = False
print("not reached")
