print(f"{(}")
