# RUN: %difftest %s
# sys.stdout as model files use it for progress lines: write() (returns the
# number of characters), flush(), isatty(), encoding; print(file=
# sys.stdout). scopec writes them to the model's print stream.
import sys

n = sys.stdout.write("epoch %d: %.2f\n" % (3, 0.5))
sys.stdout.flush()
print(n, sys.stdout.write("héllo\n"), sys.stdout.encoding)
print("done", file=sys.stdout)
print(isinstance(sys.stdout.isatty(), bool))
try:
    sys.stdout.write(3)
except TypeError as e:
    print("TypeError", e)
