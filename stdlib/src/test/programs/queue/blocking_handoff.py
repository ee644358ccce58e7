# Blocking puts and gets across threads: a get on an empty queue waits for a put, a put on a
# full queue waits for a get, and timed calls that nobody answers raise Empty or Full.
import queue
import threading

q = queue.Queue(maxsize=1)
got = []
getter = threading.Thread(target=lambda: got.append(q.get()))
getter.start()
getter.join(0.05)
print("getter blocked on empty queue:", getter.is_alive(), got)
q.put("first")
getter.join()
print("getter received:", got)

q.put("fills the queue")
put_done = []
putter = threading.Thread(target=lambda: put_done.append(q.put("waits for room")))
putter.start()
putter.join(0.05)
print("putter blocked on full queue:", putter.is_alive(), q.qsize())
print("main takes:", q.get())
putter.join()
print("putter finished:", put_done, "queue now holds:", q.get_nowait())

# Timed calls that nobody answers.
outcomes = []


def timed_get():
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        outcomes.append("get timed out with Empty")


def timed_put():
    try:
        q.put("too many", timeout=0.05)
    except queue.Full:
        outcomes.append("put timed out with Full")


t = threading.Thread(target=timed_get)
t.start()
t.join()
q.put("occupant")
t = threading.Thread(target=timed_put)
t.start()
t.join()
print(outcomes, q.get_nowait())

# A ping-pong over two queues keeps strict alternation.
ping, pong = queue.Queue(), queue.Queue()
rally = []


def player():
    while (ball := ping.get()) is not None:
        pong.put(ball + 1)


p = threading.Thread(target=player)
p.start()
ball = 0
for _ in range(10):
    ping.put(ball)
    ball = pong.get()
    rally.append(ball)
ping.put(None)
p.join()
print("rally:", rally)
