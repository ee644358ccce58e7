"""A helper package for the imports programs."""
print('geometry_pkg initialised as', __name__)
VERSION = '1.0'
