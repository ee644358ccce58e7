# Raising SystemExit directly behaves like sys.exit.
print('raising SystemExit(7)')
raise SystemExit(7)
