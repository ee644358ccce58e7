"""What the concurrent.futures programs share: output made independent of addresses, and a
stand-in for sys.stderr that keeps what is written to it."""


def without_addresses(text):
    """text with every ' at 0x...' address cut out (addresses differ run to run)."""
    while " at 0x" in text:
        start = text.index(" at 0x")
        end = start + len(" at 0x")
        while end < len(text) and text[end] in "0123456789abcdef":
            end += 1
        text = text[:start] + text[end:]
    return text


def shown(obj):
    """repr(obj) without its address."""
    return without_addresses(repr(obj))


class Capture:
    """Collects what is written to it, for a program to put in place of sys.stderr."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass

    def unindented_lines(self):
        """The lines written, addresses cut out, leaving out the traceback's indented ones
        (which name CPython's own source files, where Skein has none)."""
        text = without_addresses("".join(self.parts))
        return [line for line in text.splitlines() if not line.startswith(" ")]
