# Joining a thread that was never started is a RuntimeError.
import threading

t = threading.Thread(target=print)
print("alive:", t.is_alive())
t.join()
print("not reached")
