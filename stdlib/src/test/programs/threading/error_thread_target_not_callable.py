# Thread(target=5) is accepted; the TypeError comes from inside the started thread, so it is
# an "Exception in thread" report on stderr and the program itself ends normally.
import threading

t = threading.Thread(target=5)
print("constructed:", t.name)
t.start()
t.join()
print("main thread goes on; thread alive:", t.is_alive())
