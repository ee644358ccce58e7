# Waiting on an aborted barrier raises BrokenBarrierError at once.
import threading

b = threading.Barrier(2)
b.abort()
print("broken:", b.broken)
b.wait()
print("not reached")
