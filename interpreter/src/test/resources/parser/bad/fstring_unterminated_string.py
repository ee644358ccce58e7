print(f"{'a}")
