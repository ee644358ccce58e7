__all__ = ['public', 'Exported']
public = 'public value'
also_public_but_not_listed = 'hidden by __all__'
_private = 'private'

class Exported:
    pass
