# repr of a thread in each state: initial, started, stopped, daemon; the ident it shows once
# started is replaced by a marker.
import threading


def shown(thread):
    text = repr(thread)
    if thread.ident is not None:
        text = text.replace(str(thread.ident), "IDENT")
    return text


gate = threading.Event()
t = threading.Thread(target=gate.wait, name="worker")
print(shown(t))
t.daemon = True
print(shown(t))
t.start()
print(shown(t))
gate.set()
t.join()
print(shown(t))
print(shown(threading.main_thread()))
print(shown(threading.current_thread()))
print(str(t) == repr(t))


class Named(threading.Thread):
    pass


print(shown(Named()))
print(shown(threading.Timer(5, print)))
