# A module outside the model's directory: a model file must not be able to
# run it (its print would show in the test's output).
print("OUTSIDE MODULE RAN")
X = 1
