def load(* *args):
    pass
