# RUN: %difftest %s
# pprint: the layouts CPython gives for the configurations and shape tables
# model files print (dicts sorted by key, one element per line when the repr
# does not fit, nested containers, width and indent).
import pprint

pp = pprint.PrettyPrinter()
flags = {"batch_size": 64, "learning_rate": 0.0002, "beta1": 0.5,
         "dataset": "celebA", "input_height": 108, "crop": True,
         "checkpoint_dir": "checkpoint", "sample_dir": "samples"}
pp.pprint(flags)
pprint.pprint({"b": 1, "a": [1, 2, 3]})
layers = [("conv%d" % i, [3, 3, 64 * i, 64 * (i + 1)], {"stride": i, "padding": "SAME"})
          for i in range(1, 5)]
pprint.pprint(layers)
pprint.pprint(layers, width=60, indent=2)
print(pprint.pformat(list(range(40))))
print(pprint.pformat({"nested": {"z": list(range(25)), "a": (1,)}, "k": set(range(30))}))
print(pprint.pformat(frozenset(range(35))))
pprint.pp({"z": 1, "a": 2})
print(pprint.pformat([[1, 2], [3, 4]], width=10))
print(pprint.pformat({"x": ("a" * 30, "b" * 30, "c" * 30)}))
