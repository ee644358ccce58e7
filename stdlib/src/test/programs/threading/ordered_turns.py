# Threads that print for themselves, in an order fixed by synchronisation alone: two
# semaphores make a ping-pong, and a Condition with a turn counter makes three threads take
# turns round-robin.
import threading

ping_turn = threading.Semaphore(1)
pong_turn = threading.Semaphore(0)


def ping():
    for i in range(4):
        ping_turn.acquire()
        print("ping", i)
        pong_turn.release()


def pong():
    for i in range(4):
        pong_turn.acquire()
        print("    pong", i)
        ping_turn.release()


players = [threading.Thread(target=pong), threading.Thread(target=ping)]
for t in players:
    t.start()
for t in players:
    t.join()

turn = 0
cond = threading.Condition()
NAMES = ["red", "green", "blue"]


def take_turns(index):
    global turn
    for rnd in range(3):
        with cond:
            cond.wait_for(lambda: turn % len(NAMES) == index)
            print(f"round {rnd}: {NAMES[index]}")
            turn += 1
            cond.notify_all()


threads = [threading.Thread(target=take_turns, args=(i,)) for i in reversed(range(len(NAMES)))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("turns taken:", turn)

# A chain of events: each thread waits for its predecessor's event before printing.
events = [threading.Event() for _ in range(5)]


def link(n):
    if n:
        events[n - 1].wait()
    print("link", n)
    events[n].set()


chain = [threading.Thread(target=link, args=(n,)) for n in reversed(range(5))]
for t in chain:
    t.start()
for t in chain:
    t.join()
