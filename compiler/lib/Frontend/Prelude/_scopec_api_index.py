# `scopec --list-api=names`: the TensorFlow API scopec binds, found by
# walking the `tensorflow` module as a model sees it (the native modules and
# what the prelude writes), so the list cannot drift from the code. Printed
# as Markdown; docs/tf-api.md is this output (test/Driver/list-api.test
# keeps it in sync).
import tensorflow as tf

_HEADER = """# The TensorFlow API in scopec

Every public name a model file can use under `tf`, per module, as printed
by `scopec --list-api=names` (generated from the modules scopec binds; a
test keeps this file in sync). What each does, and its limits, is in
docs/user-guide.md, section 1; a name not listed here is an
`AttributeError` or a located error naming it (`tf.estimator`,
`tf.saved_model` and other training/serving modules say why).
"""


def _is_namespace(v):
    """A module: native (`tf.nn`), a prelude file (`tf.layers`), or an
    object standing for one (`tf.train`, `tf.app`, `tf.nn.rnn_cell`: the
    prelude's _Namespace)."""
    if _is_module(v):
        name = v.__name__
        return name.startswith("tensorflow") or name.startswith("_scopec_")
    return isinstance(v, tf._scopec_Namespace)


def _is_module(v):
    return type(v).__name__ == "module"


def _public(namespace):
    return [n for n in sorted(dir(namespace)) if not n.startswith("_")]


def main():
    print(_HEADER)
    where = {}
    queue = [("tf", tf)]
    while queue:
        path, namespace = queue.pop(0)
        if id(namespace) in where:
            continue
        where[id(namespace)] = path
        names, modules, aliases = [], [], []
        for n in _public(namespace):
            v = getattr(namespace, n)
            if v is tf and path != "tf.compat":
                continue  # a prelude module's `import tensorflow as tf`
            if _is_module(v) and not _is_namespace(v):
                continue  # its `import numpy as np`, `import re`
            if not _is_namespace(v):
                names.append(n)
            elif id(v) in where:
                aliases.append((n, where[id(v)]))
            else:
                modules.append(n)
                queue.append((path + "." + n, v))
        print("## `%s`" % path)
        print("")
        sources = getattr(namespace, "_sources", None)
        if sources:
            # An internal module (tensorflow.python.ops.array_ops) that is a
            # view of public ones.
            print("Every name of " + ", ".join(
                ["`%s`" % where[id(s)] for s in sources]) + ", as the same "
                "object" + (" (and " + ", ".join(
                    "`%s` as `%s`" % (a, t) for a, t in
                    sorted(namespace._aliases.items())) + ")"
                    if namespace._aliases else "") + ".")
            print("")
        if modules:
            print("Modules: " + ", ".join(
                "`%s.%s`" % (path, n) for n in modules) + ".")
            print("")
        for n, target in aliases:
            print("`%s.%s` is `%s`." % (path, n, target))
            print("")
        if names:
            print(", ".join("`%s`" % n for n in names))
            print("")
