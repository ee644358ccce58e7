"""Runs a note's notebook cells as one session, the way the notebook ran them, and reports each
cell's own result.

Usage: python3 -u session.py RESULTS CELL:BUDGET [CELL:BUDGET ...]

Each CELL is a file holding one cell's code, named <id>.py; BUDGET is the seconds it may run.
The cells run in the order given, in the main thread, in one namespace installed as the
`__main__` module, so a cell sees what earlier cells defined. Each cell is compiled as a
module, except that its last top-level statement is compiled as the interactive prompt
compiles a statement ('single' mode): the value of an expression statement it runs, outside a
function body, is printed with its repr unless it is None, as the notebook displayed `next(g)`
or `f.result()`. An exception a cell raises is printed as a traceback on the cell's stderr and
the session goes on with the next cell.

While a cell runs, sys.stdout and sys.stderr are the cell's: whatever any thread prints then
belongs to it. After the last cell, output until the process ends (threads still running,
exit handlers) belongs to the last cell, as a notebook shows it under the last cell run. A
cell still running at its budget (for the last cell: a session that has not ended by then)
ends the session: it is reported as still running, with what it printed so far, and the cells
after it as not run.

RESULTS is written as JSON: a list with, per cell, its id, status (finished, still-running or
not-run), exit (0; 1 after an uncaught exception; the code of a SystemExit; null unless
finished), stdout and stderr text.

Only pure-Python standard modules are used, so that the harness can one day run on Skein too.
Output that a child process writes straight to its file descriptors (not through sys.stdout)
is not captured.
"""

import ast
import atexit
import io
import json
import os
import sys
import threading
import time
import traceback
import types

HARNESS_FILE = os.path.abspath(__file__)


class CellStream(io.TextIOBase):
    """Stands in for sys.stdout or sys.stderr: text written goes to the current cell."""

    def __init__(self, session, name):
        super().__init__()
        self._session = session
        self._name = name

    @property
    def encoding(self):
        return "utf-8"

    @property
    def errors(self):
        return "strict"

    def writable(self):
        return True

    def isatty(self):
        return False

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        self._session.capture(self._name, text)
        return len(text)


class Cell:
    def __init__(self, path, budget):
        self.path = path
        self.id = os.path.splitext(os.path.basename(path))[0]
        self.budget = budget
        self.status = "not-run"
        self.exit = None
        self.stdout = []
        self.stderr = []
        self.ended = threading.Event()

    def result(self):
        return {"id": self.id, "status": self.status, "exit": self.exit,
                "stdout": "".join(self.stdout), "stderr": "".join(self.stderr)}


class Session:
    def __init__(self, results_path, cells):
        self.results_path = results_path
        self.cells = cells
        self.lock = threading.Lock()
        self.current = None
        self.reported = False
        self.namespace = types.ModuleType("__main__")
        self.namespace.__dict__["__builtins__"] = __builtins__

    def capture(self, name, text):
        with self.lock:
            if self.current is not None and not self.reported:
                getattr(self.current, name).append(text)

    def run(self):
        atexit.register(self.process_ended)  # registered first, so it runs after every other exit handler
        sys.modules["__main__"] = self.namespace
        sys.stdout = CellStream(self, "stdout")
        sys.stderr = CellStream(self, "stderr")
        for cell in self.cells:
            with self.lock:
                self.current = cell
                cell.status = "running"
            threading.Thread(target=self.watch, args=(cell, time.monotonic() + cell.budget),
                             name=f"budget {cell.id}", daemon=True).start()
            exit_status = self.execute(cell)
            with self.lock:
                cell.exit = exit_status
            if cell is not self.cells[-1]:
                self.end(cell)

    def execute(self, cell):
        """Runs one cell; returns its exit status."""
        try:
            with open(cell.path, encoding="utf-8") as source_file:
                source = source_file.read()
            tree = ast.parse(source, cell.path)
            body, last = tree.body[:-1], tree.body[-1:]
            module_part = compile(ast.Module(body=body, type_ignores=[]), cell.path, "exec")
            interactive_part = compile(ast.Interactive(body=last), cell.path, "single")
            exec(module_part, self.namespace.__dict__)
            exec(interactive_part, self.namespace.__dict__)
            return 0
        except SystemExit as exit_request:
            return exit_code(exit_request.code)
        except BaseException as error:
            traceback.print_exception(type(error), error, cell_frames(error.__traceback__), file=sys.stderr)
            return 1

    def end(self, cell):
        with self.lock:
            if cell.status == "running":
                cell.status = "finished"
        cell.ended.set()

    def watch(self, cell, deadline):
        if cell.ended.wait(max(0.0, deadline - time.monotonic())):
            return
        with self.lock:
            if cell.status == "running":
                cell.status = "still-running"
                cell.exit = None
        self.report()
        os._exit(0)

    def process_ended(self):
        if self.cells:
            self.end(self.cells[-1])
        self.report()

    def report(self):
        with self.lock:
            if self.reported:
                return
            self.reported = True
            results = [cell.result() for cell in self.cells]
        with open(self.results_path, "w", encoding="utf-8") as results_file:
            json.dump(results, results_file, ensure_ascii=False, indent=1)


def cell_frames(tb):
    """The traceback without the harness's own frames, as the notebook shows it."""
    while tb is not None and os.path.abspath(tb.tb_frame.f_code.co_filename) == HARNESS_FILE:
        tb = tb.tb_next
    return tb


def exit_code(code):
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def parse_cells(arguments):
    cells = []
    for argument in arguments:
        path, separator, budget = argument.rpartition(":")
        if not separator:
            raise SystemExit(f"session.py: {argument!r} is not CELL:BUDGET")
        cells.append(Cell(path, float(budget)))
    return cells


def main():
    if len(sys.argv) < 2:
        raise SystemExit("usage: session.py RESULTS CELL:BUDGET [CELL:BUDGET ...]")
    Session(sys.argv[1], parse_cells(sys.argv[2:])).run()


if __name__ == "__main__":
    main()
