# The notes' Lock example with shorter times: whichever thread gets the lock holds it while
# it "works" (0.3 s instead of 10000 s); the other gives up after its 0.1 s timeout (2 s in
# the notes). Either way the output is the same.
import threading
import time

# 创建锁
lock = threading.Lock()
def worker():
    getLock = lock.acquire(blocking=True,timeout=0.1)
    if getLock:
        print('get lock')
    else:
        print('get lock fail timeout!')
        return
    try:
        print('running...')
        time.sleep(0.3)
        pass
    finally:
        lock.release()

t1 = threading.Thread(target=worker)
t2 = threading.Thread(target=worker)
t1.start()
t2.start()
t1.join()
t2.join()
print('end')
