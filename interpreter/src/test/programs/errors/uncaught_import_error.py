# Importing a missing name from a builtin module.
from sys import no_such_name
