# A thread can only be started once.
import threading

t = threading.Thread(target=print, args=("ran once",))
t.start()
t.join()
t.start()
print("not reached")
