# The notes' Thread subclass that calls threading.Thread.__init__ explicitly and overrides
# run(), sleeping 0.1 s instead of 2.
import threading
import time

class MyThread(threading.Thread):
    def __init__(self, id):
        threading.Thread.__init__(self)
        self.id = id

    def run(self):
        print(f"Thread {self.id} started")
        time.sleep(0.1)
        print(f"Thread {self.id} finished")

# 创建并启动线程
thread = MyThread(1)
thread.start()
thread.join()

print("Main thread finished.")
