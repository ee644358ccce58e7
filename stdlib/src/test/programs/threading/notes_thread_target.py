# The notes' first Thread example, sleeping 0.1 s instead of 2.
import threading
import time

def my_function(id):
    print(f"Thread {id} started")
    time.sleep(0.1)  # 模拟耗时操作
    print(f"Thread {id} finished")

# 创建线程
thread = threading.Thread(target=my_function, args=(1,))

# 启动线程
thread.start()

# 等待线程结束
thread.join()

print("Main thread finished.")
