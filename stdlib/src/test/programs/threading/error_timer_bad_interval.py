# Timer('x', f) is accepted; waiting for the interval fails inside the timer thread, so it is
# an "Exception in thread" report and the function never runs.
import threading

t = threading.Timer("x", print, args=("never printed",))
print("constructed:", t.name, repr(t.interval))
t.start()
t.join()
print("timer ended without calling the function:", t.is_alive())
