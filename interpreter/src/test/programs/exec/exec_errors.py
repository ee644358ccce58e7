# Errors from exec, eval and compile: bad arguments, syntax errors, errors inside the code.

def attempt(fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
        print("ok:", result if not hasattr(result, "co_name") else "code")
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} | {e.filename!r} {e.lineno} {e.offset}")
    except Exception as e:
        print(f"{type(e).__name__}: {e}")

attempt(exec, 1)
attempt(exec, None)
attempt(exec, "x", [])
attempt(exec, "x", {}, 3)
attempt(exec, "x = 1", None, [])
attempt(exec, "1", {}, closure=(1,))
attempt(eval, 1)
attempt(eval, "x", [])
attempt(eval, "x", 3)
attempt(eval, "x", {}, 3)
attempt(eval, "1", None, None, 4)
attempt(eval, source="1")
attempt(compile, "x", "f", "bad")
attempt(compile, 3, "f", "exec")
attempt(compile, "x", 3, "exec")
attempt(compile, "x", "f", 3)
attempt(compile, "x", "f", "exec", "flags")
attempt(compile, "x", "f", "exec", 0x8000)
attempt(compile, "x", "f", "exec", 0, 0, 5)
attempt(compile, "x", "f", "exec", 0, 2.5)
attempt(compile, compile("1", "f", "eval"), "f", "exec")
attempt(compile, "x")

# Syntax errors carry the filename and position.
attempt(exec, "x = (")
attempt(exec, "def f(:\n    pass")
attempt(exec, "a = 1\nb = 2 +\n")
attempt(exec, "x\0")
attempt(exec, "  indented = 1")
attempt(exec, "return 5")
attempt(exec, "nonlocal q")
attempt(compile, "x = 1", "named.py", "eval")
attempt(compile, "", "named.py", "eval")
attempt(compile, "\n\n", "named.py", "eval")
attempt(compile, "# only a comment", "named.py", "eval")
attempt(compile, " 1", "named.py", "eval")
attempt(compile, "x=1\ny=2", "named.py", "single")
attempt(compile, "if 1: pass\nx=3", "named.py", "single")
attempt(compile, "", "named.py", "single")
attempt(compile, "x=1; y=2", "named.py", "single")
attempt(eval, "")
attempt(eval, "x = 1")
attempt(eval, "1;2")
attempt(compile, b"\xff", "f", "exec")
attempt(compile, "x\0", "f", "exec")

# Errors raised by the running code propagate with their type.
attempt(exec, "undefined_name", {})
attempt(exec, "1 / 0", {})
attempt(eval, "[][1]")
attempt(exec, "raise KeyError('inside')")

# The traceback shows the exec'd frames as File "<string>".
try:
    exec("def inner():\n    return missing\n\ninner()", {})
except NameError as e:
    tb = e.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename != __file__:
            print(code.co_filename, tb.tb_lineno, code.co_name)
        tb = tb.tb_next
