# The parts of warnings that read best as Python, run in the module's namespace after the Java
# parts exist (warn, warn_explicit, _filters_mutated, _formatwarnmsg_impl, and filters,
# defaultaction and onceregistry, which are the interpreter's own): showing a warning, adding
# filters, WarningMessage and catch_warnings. The interpreter shows every warning it lets
# through by calling _showwarnmsg here, so replacing showwarning or formatwarning works for
# warnings from Python and from the runtime alike.

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


class WarningMessage(object):
    """A warning as showwarning gets it: what catch_warnings(record=True) collects."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to file (sys.stderr by default); programs may replace it."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes for a warning; programs may replace it."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def _showwarnmsg_impl(msg):
    destination = msg.file if msg.file is not None else sys.stderr
    if destination is None:
        return
    text = _formatwarnmsg(msg)
    try:
        destination.write(text)
    except OSError:
        pass


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    """Shows one warning: through a showwarning the program put in place, if any."""
    replaced = globals().get("showwarning", _showwarning_orig)
    if replaced is _showwarning_orig:
        _showwarnmsg_impl(msg)
        return
    if not callable(replaced):
        raise TypeError("warnings.showwarning() must be set to a function or method")
    replaced(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


def _formatwarnmsg(msg):
    replaced = globals().get("formatwarning", _formatwarning_orig)
    if replaced is _formatwarning_orig:
        return _formatwarnmsg_impl(msg)
    return replaced(msg.message, msg.category, msg.filename, msg.lineno, msg.line)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Puts a filter at the front of the list (at the end with append): warnings whose text
    starts with a match of the message regex (ignoring case), of a subclass of category, from a
    module whose name matches the module regex, at lineno (0: any line) get the action."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    message_pattern = _compile_filter_pattern(message, True) if message else None
    module_pattern = _compile_filter_pattern(module, False) if module else None
    _add_filter(action, message_pattern, category, module_pattern, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Puts a filter for every message and module at the front of the list (or its end)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*entry, append):
    # An equal filter already in the list moves to the front; appended, it stays where it is.
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def resetwarnings():
    """Empties the filters list: every warning then gets the default action."""
    filters[:] = []
    _filters_mutated()


class catch_warnings(object):
    """Saves the filters and showwarning on entry and puts them back on exit. With record=True
    the warnings shown meanwhile are collected, as WarningMessage objects, in the list the with
    statement gets; with action, simplefilter(action, category, lineno, append) is applied on
    entry. module is the warnings module to work on (this one by default)."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = []
        if self._record:
            shown.append("record=True")
        if self._module is not sys.modules["warnings"]:
            shown.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        module = self._module
        self._saved_filters = module.filters
        module.filters = self._saved_filters[:]
        module._filters_mutated()
        self._saved_showwarning = module.showwarning
        self._saved_showwarnmsg_impl = module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        module._showwarnmsg_impl = log.append
        # The default showwarning is what hands warnings to _showwarnmsg_impl, so it is restored.
        module.showwarning = module._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        module = self._module
        module.filters = self._saved_filters
        module._filters_mutated()
        module.showwarning = self._saved_showwarning
        module._showwarnmsg_impl = self._saved_showwarnmsg_impl
