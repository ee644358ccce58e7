# An exception escaping exec'd code: the traceback ends in the exec'd frame.
def helper():
    exec("def failing():\n    raise ValueError('from exec')\nfailing()", {"__name__": "dynamic"})

print("before")
helper()
