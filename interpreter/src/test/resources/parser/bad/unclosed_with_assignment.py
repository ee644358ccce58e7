COMMAND = 1
{ SEPARATOR='separator'

SINGLE='single'
