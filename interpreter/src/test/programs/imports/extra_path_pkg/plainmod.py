def hello():
    return 'hello from plainmod, found through sys.path'
