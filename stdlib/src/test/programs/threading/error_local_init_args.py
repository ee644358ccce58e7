# threading.local itself takes no constructor arguments (a subclass with __init__ does).
import threading


class WithInit(threading.local):
    def __init__(self, value):
        self.value = value


print(WithInit(3).value)
threading.local(3)
print("not reached")
