f(True=)
