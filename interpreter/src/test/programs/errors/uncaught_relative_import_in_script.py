# A relative import in a script that is not part of a package.
from . import sibling
