# An exception without a message prints only its type.
raise RuntimeError
