# The notes' daemon example: the program ends when the non-daemon t1 ends, without waiting for
# the daemon t2, so "func2 end" never prints. Sleeps are 0.4 s and 1 s instead of 2 and 4,
# and the main thread pauses 0.1 s between the two starts so the two "start" lines always come
# in the same order (both margins are generous because nothing but time orders these lines).
import threading
from time import sleep

def func1():
    print('func1 start')
    sleep(0.4)
    print('func1 end')

def func2():
    print('func2 start')
    sleep(1)
    print('func2 end')

t1 = threading.Thread(target=func1)
t2 = threading.Thread(target=func2, daemon=True)
t1.start()
sleep(0.1)
t2.start()
