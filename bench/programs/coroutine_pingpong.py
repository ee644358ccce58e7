# A ping-pong of one million send() calls between two coroutines, driven by a small
# trampoline: each coroutine awaits a "switch" that hands a value to the other.
import sys
import time


class Switch:
    """Awaiting it suspends the coroutine and hands `value` to the trampoline."""

    def __init__(self, value):
        self.value = value

    def __await__(self):
        reply = yield self.value
        return reply


async def player(name, turns):
    received = 0
    for _ in range(turns):
        received = await Switch(received + 1)
    return received


def trampoline(turns):
    ping = player("ping", turns)
    pong = player("pong", turns)
    value = ping.send(None)
    pong.send(None)
    sends = 0
    current, other = pong, ping
    while True:
        try:
            value = current.send(value)
        except StopIteration as done:
            return sends, done.value
        sends += 1
        current, other = other, current


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    for r in range(rounds):
        start = time.perf_counter()
        sends, last = trampoline(500_000)
        print(f"round {r} {time.perf_counter() - start:.6f} {sends} {last}")


main()
