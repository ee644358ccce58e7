# queue.Queue in one thread: FIFO order, qsize, empty, full, maxsize, the nowait variants,
# and Empty and Full when a non-blocking or timed call cannot proceed.
import queue

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full())
for item in ["a", 1, None, (2, 3)]:
    q.put(item)
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(4)], q.qsize(), q.empty())

try:
    q.get(block=False)
except queue.Empty as e:
    print("get(block=False): Empty", repr(e))
try:
    q.get_nowait()
except queue.Empty:
    print("get_nowait: Empty")
try:
    q.get(timeout=0.02)
except queue.Empty:
    print("get(timeout=0.02): Empty")
try:
    q.get(True, 0)
except queue.Empty:
    print("get(True, 0): Empty")

bounded = queue.Queue(maxsize=2)
print(bounded.maxsize, bounded.full())
bounded.put(1)
bounded.put_nowait(2)
print(bounded.qsize(), bounded.full())
for label, action in [
    ("put(block=False)", lambda: bounded.put(3, block=False)),
    ("put_nowait", lambda: bounded.put_nowait(3)),
    ("put(timeout=0.02)", lambda: bounded.put(3, timeout=0.02)),
]:
    try:
        action()
    except queue.Full as e:
        print(label + ": Full", repr(e))
print(bounded.get_nowait(), bounded.full(), bounded.get(block=False), bounded.empty())

# maxsize 0 or negative means unbounded.
for size in (0, -1):
    unbounded = queue.Queue(size)
    for i in range(100):
        unbounded.put_nowait(i)
    print(size, unbounded.qsize(), unbounded.full())

# Negative timeouts are refused; timeout is ignored when block is False.
for label, action in [
    ("get(timeout=-1)", lambda: q.get(timeout=-1)),
    ("put(timeout=-1) on a full queue", lambda: [bounded.put(0), bounded.put(0), bounded.put(0, timeout=-1)]),
    ("get(False, -1)", lambda: q.get(False, -1)),
]:
    try:
        action()
    except ValueError as e:
        print(label, "ValueError", e)
    except queue.Empty:
        print(label, "Empty")
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception), queue.Empty.__module__)
