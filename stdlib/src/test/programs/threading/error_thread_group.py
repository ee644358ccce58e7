# Thread's group argument is reserved: anything but None fails an assertion in CPython.
import threading

print(threading.Thread(group=None, target=print).name)
threading.Thread(group="workers", target=print)
print("not reached")
