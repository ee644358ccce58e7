print(f"{[)}")
