# What Keras' `get`/`deserialize` functions share (TF 1.15's
# keras/utils/generic_utils.deserialize_keras_object): an object from a
# config dict or a name, looked up among a module's objects.


def serialize_keras_object(instance):
    return {"class_name": instance.__class__.__name__,
            "config": instance.get_config()}


def deserialize_keras_object(config, module_objects, custom_objects=None,
                             printable_module_name="object"):
    if not isinstance(config, dict) or "class_name" not in config or \
            "config" not in config:
        raise ValueError("Improper config format: " + str(config))
    class_name = config["class_name"]
    cls = (custom_objects or {}).get(class_name,
                                     module_objects.get(class_name))
    if cls is None:
        raise ValueError("Unknown " + printable_module_name + ": " +
                         class_name)
    return cls(**config["config"])


def get(identifier, module_objects, printable_module_name):
    """A module's `get`: None, a config dict, a name, or a callable."""
    if identifier is None:
        return None
    if isinstance(identifier, dict):
        return deserialize_keras_object(identifier, module_objects,
                                        printable_module_name=
                                        printable_module_name)
    if isinstance(identifier, str):
        return deserialize_keras_object(
            {"class_name": str(identifier), "config": {}}, module_objects,
            printable_module_name=printable_module_name)
    if callable(identifier):
        return identifier
    raise ValueError("Could not interpret " + printable_module_name +
                     " identifier: " + str(identifier))
