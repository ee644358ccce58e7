"""Issues warnings from a module that is not __main__, from two different lines."""
import warnings


def first(text, category=UserWarning):
    warnings.warn(text, category)


def second(text, category=UserWarning):
    warnings.warn(text, category)


def blame_caller(text, category=UserWarning):
    warnings.warn(text, category, stacklevel=2)
