# RUN: %difftest %s
# The `if __name__ == "__main__":` idiom of model files, and a main()
# function building the model.
import tensorflow as tf


def build(n):
    outs = []
    for i in range(n):
        with tf.variable_scope("block%d" % i):
            outs.append(tf.get_variable("w", [i + 1]).name)
    return outs


def main():
    print(__name__, build(2))


if __name__ == "__main__":
    main()
else:
    print("imported")
