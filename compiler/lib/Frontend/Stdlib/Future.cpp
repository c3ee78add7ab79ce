//===- Future.cpp - The `__future__` module -------------------------------===//
//
// Every feature of Python 3 is already on, so the features are inert
// values: `_Feature` objects with CPython's releases and compiler flags
// (`from __future__ import division` itself never reaches this module).
//
//===----------------------------------------------------------------------===//

#include "Support.h"

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;

namespace {

/// A release tuple: (major, minor, micro, level, serial).
struct Release {
  int major, minor, micro;
  const char *level;
  int serial;
};

struct Feature {
  const char *name;
  Release optional;
  Release mandatory;
  bool hasMandatory;
  int64_t flag;
};

const Feature kFeatures[] = {
    {"nested_scopes", {2, 1, 0, "beta", 1}, {2, 2, 0, "alpha", 0}, true, 16},
    {"generators", {2, 2, 0, "alpha", 1}, {2, 3, 0, "final", 0}, true, 0},
    {"division", {2, 2, 0, "alpha", 2}, {3, 0, 0, "alpha", 0}, true, 131072},
    {"absolute_import",
     {2, 5, 0, "alpha", 1},
     {3, 0, 0, "alpha", 0},
     true,
     262144},
    {"with_statement",
     {2, 5, 0, "alpha", 1},
     {2, 6, 0, "alpha", 0},
     true,
     524288},
    {"print_function",
     {2, 6, 0, "alpha", 2},
     {3, 0, 0, "alpha", 0},
     true,
     1048576},
    {"unicode_literals",
     {2, 6, 0, "alpha", 2},
     {3, 0, 0, "alpha", 0},
     true,
     2097152},
    {"barry_as_FLUFL",
     {3, 1, 0, "alpha", 2},
     {4, 0, 0, "alpha", 0},
     true,
     4194304},
    {"generator_stop",
     {3, 5, 0, "beta", 1},
     {3, 7, 0, "alpha", 0},
     true,
     8388608},
    {"annotations", {3, 7, 0, "beta", 1}, {0, 0, 0, "", 0}, false, 16777216},
};

Value releaseValue(const Release &r) {
  return Value::tuple({Value::integer(r.major), Value::integer(r.minor),
                       Value::integer(r.micro), Value::str(r.level),
                       Value::integer(r.serial)});
}

Value featureValue(const Feature &f) {
  Value optional = releaseValue(f.optional);
  Value mandatory = f.hasMandatory ? releaseValue(f.mandatory) : Value::none();
  Value flag = Value::integer(f.flag);
  auto obj = std::make_shared<AttrObj>(
      "_Feature", "_Feature(" + repr(optional) + ", " + repr(mandatory) +
                      ", " + repr(flag) + ")");
  obj->add("optional", optional);
  obj->add("mandatory", mandatory);
  obj->add("compiler_flag", flag);
  addFunction(
      *obj, "getOptionalRelease",
      [optional](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
        static const Signature sig{"_Feature.getOptionalRelease", {"self"}};
        if (failed(in.bindMethod(sig, Value::none(), a)))
          return failure();
        return optional;
      });
  addFunction(
      *obj, "getMandatoryRelease",
      [mandatory](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
        static const Signature sig{"_Feature.getMandatoryRelease", {"self"}};
        if (failed(in.bindMethod(sig, Value::none(), a)))
          return failure();
        return mandatory;
      });
  return Value::object(obj);
}

} // namespace

Value stdlib::makeFuture(Interpreter &in) {
  (void)in;
  auto m = newModule("__future__");
  std::vector<Value> names;
  for (const Feature &f : kFeatures) {
    m->add(f.name, featureValue(f));
    names.push_back(Value::str(f.name));
  }
  m->add("all_feature_names", Value::list(std::move(names)));
  return Value::object(m);
}
