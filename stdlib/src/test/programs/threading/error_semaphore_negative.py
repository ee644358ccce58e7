# A Semaphore cannot start below zero.
import threading


def shown(obj):
    """repr(obj) with every ' at 0x...' address cut out (addresses differ run to run)."""
    text = repr(obj)
    while " at 0x" in text:
        start = text.index(" at 0x")
        end = start + len(" at 0x")
        while end < len(text) and text[end] in "0123456789abcdef":
            end += 1
        text = text[:start] + text[end:]
    return text

print(shown(threading.Semaphore(0)))
threading.Semaphore(-1)
print("not reached")
