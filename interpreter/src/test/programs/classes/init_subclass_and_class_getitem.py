# __init_subclass__ hooks and __class_getitem__.
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Csv(Plugin, name='csv-export'):
    pass
class Json(Plugin):
    pass
class Pretty(Json):
    pass
print(Plugin.registry, Csv.plugin_name, Pretty.plugin_name)
class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item.__name__}]'
print(Box[int], list[int], dict[str, int])
