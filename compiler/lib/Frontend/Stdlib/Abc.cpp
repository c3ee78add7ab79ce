//===- Abc.cpp - The `abc` module -----------------------------------------===//
//
// Abstract base classes as model files use them to declare interfaces:
// `ABC`, `ABCMeta` (accepted as a metaclass, see execClassDef),
// `abstractmethod` and the old `abstractproperty`/`abstractclassmethod`/
// `abstractstaticmethod` aliases. What scopec leaves out is the check that
// refuses to instantiate a class with abstract methods left: a model that
// runs under CPython runs the same here.
//
//===----------------------------------------------------------------------===//

#include "Support.h"

#include "../Classes.h"

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;

namespace {

/// A class `abc.<name>` deriving from `object`.
Value abcClass(Interpreter &in, const std::string &name, AttrDict dict) {
  dict.set("__module__", Value::str("abc"));
  FailureOr<Value> cls = in.makeClass(name, {}, std::move(dict), SrcLoc{});
  if (failed(cls))
    return Value::none();
  cls->as<ClassObj>()->module = "abc";
  return *cls;
}

/// abc.abstractmethod(funcobj): marks and returns it.
FailureOr<Value> abstractMethod(Interpreter &in, CallArgs &a) {
  static const Signature sig{"abstractmethod", {"funcobj"}};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &v = *bound;
  if (v["funcobj"].is(ObjKind::Function))
    v["funcobj"].as<FunctionObj>()->attrs.set("__isabstractmethod__",
                                              Value::boolean(true));
  return v["funcobj"];
}

} // namespace

Value stdlib::makeAbc(Interpreter &in) {
  auto m = newModule("abc");
  AttrDict metaDict;
  // Calling ABCMeta itself (`ABCMeta(name, bases, dict)`) is a metaclass
  // call scopec does not model.
  metaDict.set(
      "__scopec_new__",
      Interpreter::native("ABCMeta",
                          [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                            return in.error(a.loc, "calling abc.ABCMeta is not "
                                                   "supported by scopec");
                          }));
  Value meta = abcClass(in, "ABCMeta", std::move(metaDict));
  Value abc = abcClass(in, "ABC", AttrDict());
  if (meta.isNone() || abc.isNone())
    return Value::none();
  m->add("ABCMeta", meta);
  m->add("ABC", abc);
  addFunction(*m, "abstractmethod", abstractMethod);
  for (auto [alias, name] : {std::pair{"abstractproperty", "property"},
                             std::pair{"abstractclassmethod", "classmethod"},
                             std::pair{"abstractstaticmethod",
                                       "staticmethod"}}) {
    FailureOr<Value> v = builtin(in, name, SrcLoc{});
    if (failed(v))
      return Value::none();
    m->add(alias, *v);
  }
  return Value::object(m);
}
