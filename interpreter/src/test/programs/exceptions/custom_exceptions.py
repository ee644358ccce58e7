# User-defined exception classes with extra state.
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f'{field}: {problem}')
        self.field = field
class NotFound(AppError, LookupError):
    def __str__(self):
        return f'not found: {self.args[0]}'
def validate(user):
    if 'name' not in user:
        raise ValidationError('name', 'missing')
    if user['name'] == 'ghost':
        raise NotFound(user['name'])
    return 'ok'
for user in [{'name': 'ann'}, {}, {'name': 'ghost'}]:
    try:
        print(validate(user))
    except ValidationError as e:
        print('ValidationError', e, e.field, e.args)
    except LookupError as e:
        print(type(e).__name__, e, repr(e), isinstance(e, AppError))
print([c.__name__ for c in NotFound.__mro__])
