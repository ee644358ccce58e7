# The notes' bounded-buffer example on a Condition (20 items through a buffer of 10). The two
# threads' lines interleave differently from run to run, so each thread records its events and
# the main thread prints them per thread after the joins; the checks show that the buffer
# never overflowed and every item arrived in order.
import threading

buffer = []
buffer_size = 10
condition = threading.Condition()
produced = []
consumed = []


def producer():
    global buffer
    for i in range(20):
        with condition:
            while len(buffer) == buffer_size:
                condition.wait()  # 缓冲区满，等待
            buffer.append(i)
            produced.append((i, len(buffer)))
            condition.notify()  # 通知消费者缓冲区有新元素


def consumer():
    global buffer
    for _ in range(20):
        with condition:
            while len(buffer) == 0:
                condition.wait()  # 缓冲区空，等待
            item = buffer.pop(0)
            consumed.append((item, len(buffer)))
            condition.notify()  # 通知生产者缓冲区有空间


producer_thread = threading.Thread(target=producer)
consumer_thread = threading.Thread(target=consumer)

producer_thread.start()
consumer_thread.start()

producer_thread.join()
consumer_thread.join()

for i, _ in produced:
    print(f"Produced {i}")
for item, _ in consumed:
    print(f"Consumed {item}")
print("buffer size stayed within 1..10 after each put:",
      all(1 <= size <= buffer_size for _, size in produced))
print("buffer size stayed within 0..9 after each get:", all(0 <= size < buffer_size for _, size in consumed))
print("left in buffer:", buffer)
