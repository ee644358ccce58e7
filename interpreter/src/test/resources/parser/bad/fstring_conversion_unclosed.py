print(f"{x!r")
