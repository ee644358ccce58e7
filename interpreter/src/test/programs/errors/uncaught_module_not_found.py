# Importing a module that does not exist.
import os
import nope
