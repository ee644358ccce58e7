"""A helper package for the warnings programs: modules whose code issues warnings."""
