# RUN: %difftest %s
# argparse as model files use it at module level: the program runs with no
# command-line arguments, so parse_args() gives the defaults (store_true,
# store_false, type applied to string defaults, set_defaults, groups,
# SUPPRESS, nargs, dest), parse_known_args, Namespace.
import argparse

parser = argparse.ArgumentParser(description="train", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
parser.add_argument("--batch_size", type=int, default=32, help="batch")
parser.add_argument("--learning-rate", "-lr", type=float, default="0.01")
parser.add_argument("-v", "--verbose", action="store_true")
parser.add_argument("--no_bn", dest="use_bn", action="store_false")
parser.add_argument("--layers", nargs="+", type=int, default=[64, 128])
parser.add_argument("--name", choices=["a", "b"])
parser.add_argument("--hidden", default=argparse.SUPPRESS)
parser.add_argument("files", nargs="*")
group = parser.add_argument_group("model")
group.add_argument("--depth", type=int, default=50)
parser.set_defaults(depth=101, extra="x")
FLAGS = parser.parse_args()
print(FLAGS.batch_size, FLAGS.learning_rate, FLAGS.verbose, FLAGS.use_bn, FLAGS.layers, FLAGS.name, FLAGS.files,
      FLAGS.depth, FLAGS.extra, hasattr(FLAGS, "hidden"))
print(FLAGS, sorted(vars(FLAGS)), parser.parse_args([]).depth)
known, rest = parser.parse_known_args()
print(known.batch_size, rest, argparse.Namespace(a=1, b="s"), type(FLAGS).__name__)
