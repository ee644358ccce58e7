"""A second module issuing the same warnings, for the once-per-module rules."""
import warnings


def first(text, category=UserWarning):
    warnings.warn(text, category)
