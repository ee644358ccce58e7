# The notes' Semaphore example (two slots, three threads) with 0.1 s of work instead of 10 s.
# Which threads get in first varies, so each thread records its lines and the main thread
# prints them in thread order after the joins.
import threading
import time
from threading import Thread, Semaphore

# 创建锁
countdown = 2
semaphore = Semaphore(countdown)  # 最多允许3个线程同时访问网络
lines = {}

def worker(i):
    with semaphore:
        lines[i] = []
        if i > countdown:
            lines[i].append('大于semaphore计数，需要等待，其他10秒后的释放')
        lines[i].append('running...')
        time.sleep(0.1)
        pass

t1 = threading.Thread(target=worker,args=(1,))
t2 = threading.Thread(target=worker,args=(2,))
t3 = threading.Thread(target=worker,args=(3,))
t1.start()
t2.start()
t3.start()
t1.join()
t2.join()
t3.join()
for i in sorted(lines):
    for line in lines[i]:
        print(i, line)
print('end')
