# The notes' subclass that overrides join() and calls super().join(), with the child sleeping
# 0.3 s instead of 4 and the main thread 0.1 s instead of 2, so the lines keep the notes'
# order: the main thread prints while the child sleeps, then joins it.
import threading
from time import sleep


def func():
    print("子线程开始运行。")
    sleep(0.3)
    print("子程序结束运行。")

class MyThread(threading.Thread):
    def join(self):
        print("子线程加入主线程，主线程阻塞，等待子线程结束。")
        super().join()


t = MyThread(target=func)
t.start()
sleep(0.1)
print("现在仍然在主线程里面。")
t.join()
print("主线程结束。")
