# The notes' Event example with the main thread sleeping 0.1 s instead of 2 before it sets
# the event the worker waits for.
import threading
import time

def worker(event):
    print("Worker thread waiting for event...")
    event.wait()  # 等待事件被设置
    print("Worker thread received event, continuing...")

def main():
    event = threading.Event()

    # 创建并启动worker线程
    thread = threading.Thread(target=worker, args=(event,))
    thread.start()

    # 主线程等待一段时间
    time.sleep(0.1)
    print("Main thread setting event...")
    event.set()  # 设置事件

    thread.join()

if __name__ == "__main__":
    main()
