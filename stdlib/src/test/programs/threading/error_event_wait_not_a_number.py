# Event.wait('x') fails when the timeout is compared with 0: TypeError.
import threading

e = threading.Event()
print("wait(0.01):", e.wait(0.01))
e.wait("x")
print("not reached")
