"""Shared by the warnings programs: a showwarning that prints to stdout, without directories."""
import os
import warnings


def show_on_stdout(message, category, filename, lineno, file=None, line=None):
    print("shown:", os.path.basename(filename), lineno, category.__name__, message)


def install():
    warnings.showwarning = show_on_stdout
