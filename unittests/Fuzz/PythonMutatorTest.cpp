//===- PythonMutatorTest.cpp - The model fuzzers' Python mutations --------===//
//
// The point of the structural mutations is that their mutants still parse
// (so the fuzzers reach the interpreter and the passes): these tests parse
// the fragments and the mutants with the frontend's parser.
//
//===----------------------------------------------------------------------===//

#include "PythonMutator.h"
#include "Parser.h"

#include "llvm/ADT/StringExtras.h"

#include <gtest/gtest.h>

#include <cstring>
#include <vector>

using namespace scopec::frontend;
using namespace scopec::fuzz;

namespace {

bool parses(llvm::StringRef source, std::string *message = nullptr) {
  AstContext ctx;
  std::vector<Stmt *> module;
  LexError error;
  bool ok = parseFile(source, ctx, module, error);
  if (message)
    *message = error.message;
  return ok;
}

/// A model as the Sharing Variables guide writes them.
const char *const kModel = R"(import tensorflow as tf

def conv_relu(input, kernel_shape, bias_shape):
    weights = tf.get_variable("weights", kernel_shape,
                              initializer=tf.random_normal_initializer())
    biases = tf.get_variable("biases", bias_shape,
                             initializer=tf.constant_initializer(0.0))
    conv = tf.nn.conv2d(input, weights, strides=[1, 1, 1, 1], padding='SAME')
    return tf.nn.relu(conv + biases)

def image_filter(input_images):
    with tf.variable_scope("conv1"):
        relu1 = conv_relu(input_images, [5, 5, 32, 32], [32])
    with tf.variable_scope("conv2"):
        return conv_relu(relu1, [5, 5, 32, 32], [32])

image1 = tf.placeholder(tf.float32, [1, 16, 16, 32], name="image1")
image2 = tf.placeholder(tf.float32, [1, 16, 16, 32], name="image2")
with tf.variable_scope("image_filters") as scope:
    result1 = image_filter(image1)
    scope.reuse_variables()
    result2 = image_filter(image2)
)";

TEST(PythonMutatorTest, FragmentsParse) {
  ASSERT_GT(pythonFragments().size(), 30u);
  for (const char *fragment : pythonFragments()) {
    std::string text = fragment;
    for (size_t at; (at = text.find("@N")) != std::string::npos;)
      text.replace(at, 2, "x");
    std::string message;
    EXPECT_TRUE(parses(text, &message)) << message << "\n" << text;
  }
}

TEST(PythonMutatorTest, MostMutantsParse) {
  ASSERT_TRUE(parses(kModel));
  size_t length = std::strlen(kModel);
  int parsed = 0, changed = 0, byteLevel = 0;
  const int runs = 2000;
  for (int seed = 0; seed < runs; ++seed) {
    std::vector<uint8_t> data(kModel, kModel + length);
    data.resize(1 << 16);
    bool bytes = false;
    size_t size = mutatePython(data.data(), length, data.size(), seed,
                               [&](uint8_t *, size_t n, size_t) {
                                 bytes = true;
                                 return n;
                               });
    ASSERT_LE(size, data.size());
    if (bytes) {
      ++byteLevel;
      continue;
    }
    llvm::StringRef mutant(reinterpret_cast<const char *>(data.data()), size);
    changed += mutant != kModel;
    parsed += parses(mutant);
  }
  // About one in eight is left to the byte mutator.
  EXPECT_GT(byteLevel, runs / 16);
  EXPECT_LT(byteLevel, runs / 4);
  int structural = runs - byteLevel;
  EXPECT_GT(changed, structural * 95 / 100);
  // 1745 of 1751 when written; libFuzzer's byte mutations keep few mutants
  // parseable.
  EXPECT_GT(parsed, structural * 95 / 100) << parsed << " of " << structural;
}

TEST(PythonMutatorTest, StaysWithinMaxSize) {
  size_t length = std::strlen(kModel);
  for (int seed = 0; seed < 200; ++seed) {
    std::vector<uint8_t> data(kModel, kModel + length);
    size_t size = mutatePython(data.data(), length, length, seed,
                               [](uint8_t *, size_t n, size_t) { return n; });
    EXPECT_LE(size, length);
  }
}

TEST(PythonMutatorTest, CrossOverInsertsABlockReindented) {
  const char *donor = "class Net:\n"
                      "    def __call__(self, x):\n"
                      "        return x\n";
  int parsed = 0, containing = 0;
  std::vector<uint8_t> out(1 << 16);
  for (int seed = 0; seed < 200; ++seed) {
    size_t size = crossOverPython(kModel, donor, out.data(), out.size(), seed);
    ASSERT_GT(size, std::strlen(kModel));
    llvm::StringRef child(reinterpret_cast<const char *>(out.data()), size);
    containing += child.contains("return x\n");
    parsed += parses(child);
  }
  EXPECT_EQ(containing, 200);
  EXPECT_GT(parsed, 200 * 80 / 100);
  // Nothing fits: nothing is written.
  EXPECT_EQ(crossOverPython(kModel, donor, out.data(), 10, 1), 0u);
}

} // namespace
