# Calling None.
handler = None
handler('event')
