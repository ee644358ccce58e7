# The notes' RLock example, sleeping 0.1 s instead of 3: the thread that holds the lock
# enters it again without blocking.
import threading
import time

# 创建RLock
lock = threading.RLock()
def worker():
    with lock:
        print('初次 locked 01')
        with lock:
            print('重入 locked 02')
        print('running...')
        time.sleep(0.1)
        pass

t1 = threading.Thread(target=worker)
t1.start()
t1.join()
print('end')
