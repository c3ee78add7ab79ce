//===- Six.cpp - The `six` and `six.moves` modules ------------------------===//
//
// Python 2/3 compatibility as seen from Python 3 (PY2 False, PY3 True):
// the type tuples are the interpreter's own built-ins, so `isinstance(x,
// six.string_types)` works; `six.moves` re-exports the built-ins and the
// functools/itertools functions of the same names, as six does. The
// `iter*` helpers return lists (the interpreter has no lazy iterators).
// `with_metaclass`/`add_metaclass` accept abc.ABCMeta (and `type`), whose
// only effect scopec leaves out is refusing to instantiate abstract
// classes; other metaclasses are refused.
//
//===----------------------------------------------------------------------===//

#include "Stdlib.h"
#include "../Bytes.h"
#include "../Classes.h"
#include "Support.h"

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;

namespace {

/// six.iteritems(d, **kw) and friends: `list(d.<method>(**kw))`.
NativeFn dictView(const char *sixName, const char *method) {
  return [sixName, method](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    Signature sig{sixName, {"d", "**kw"}};
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return failure();
    BoundArgs &v = *bound;
    CallArgs forward;
    forward.loc = a.loc;
    forward.kw = v.kwargs();
    FailureOr<Value> fn = in.getAttr(v["d"], method, a.loc);
    if (failed(fn))
      return failure();
    FailureOr<Value> view = in.call(*fn, forward);
    if (failed(view))
      return failure();
    FailureOr<std::vector<Value>> items = in.toList(*view, a.loc);
    if (failed(items))
      return failure();
    return Value::list(std::move(*items));
  };
}

/// Copies the attribute `name` of the stdlib module `module` into `m`; a
/// failure when the module could not be made (its factory reported why) or
/// lacks `name`.
LogicalResult reexport(Interpreter &in, ModuleObj &m, llvm::StringRef module,
                       const std::string &name) {
  Value mod = importStdlibModule(in, module);
  if (mod.isNone())
    return failure();
  auto it = mod.as<ModuleObj>()->attrs.find(name);
  if (it == mod.as<ModuleObj>()->attrs.end())
    return failure();
  m.add(name, it->second);
  return success();
}

Value makeMoves(Interpreter &in) {
  auto m = newModule("six.moves");
  for (const char *b : {"range", "zip", "map", "filter", "input"}) {
    FailureOr<Value> v = builtin(in, b, SrcLoc{});
    // `input` is looked up too (a failure ignored), but refused below.
    if (std::string(b) == "input")
      continue;
    if (failed(v))
      return Value::none();
    m->add(b, *v);
  }
  m->add("xrange", m->attrs["range"]);
  refuse(*m, "input", "model files cannot read input");
  refuse(*m, "cPickle", "model files cannot access the file system");
  // Dataset downloaders import these; using them is the error.
  refuse(*m, "urllib", "model files cannot access the network");
  refuse(*m, "http_client", "model files cannot access the network");
  if (failed(reexport(in, *m, "functools", "reduce")))
    return Value::none();
  if (failed(reexport(in, *m, "itertools", "zip_longest")))
    return Value::none();
  return Value::object(m);
}

/// Accepts the metaclasses that change nothing scopec models: `type` and
/// abc.ABCMeta (abstract methods are not enforced).
LogicalResult neutralMetaclass(Interpreter &in, const Value &meta, SrcLoc l) {
  Value abc = importStdlibModule(in, "abc");
  if (meta.is(ObjKind::Builtin) && meta.as<BuiltinObj>()->name == "type")
    return success();
  if (!abc.isNone()) {
    auto it = abc.as<ModuleObj>()->attrs.find("ABCMeta");
    if (it != abc.as<ModuleObj>()->attrs.end() && identical(it->second, meta))
      return success();
  }
  return in.error(l, "metaclasses other than abc.ABCMeta are not supported "
                     "by scopec");
}

} // namespace

Value stdlib::makeSix(Interpreter &in) {
  auto m = newModule("six");
  m->add("PY2", Value::boolean(false));
  m->add("PY3", Value::boolean(true));
  m->add("PY34", Value::boolean(true));
  m->add("MAXSIZE", Value::integer(INT64_MAX));
  Value str, integer, bytes, print, callable;
  for (auto [name, v] : {std::pair{"str", &str}, std::pair{"int", &integer},
                         std::pair{"bytes", &bytes}, std::pair{"print", &print},
                         std::pair{"callable", &callable}}) {
    FailureOr<Value> found = builtin(in, name, SrcLoc{});
    if (failed(found))
      return Value::none();
    *v = *found;
  }
  m->add("string_types", Value::tuple({str}));
  m->add("integer_types", Value::tuple({integer}));
  m->add("text_type", str);
  m->add("binary_type", bytes);
  m->add("print_", print);
  m->add("callable", callable);
  addFunction(*m, "iteritems", dictView("iteritems", "items"));
  addFunction(*m, "itervalues", dictView("itervalues", "values"));
  addFunction(*m, "iterkeys", dictView("iterkeys", "keys"));
  addFunction(*m, "viewitems", dictView("viewitems", "items"));
  addFunction(*m, "viewvalues", dictView("viewvalues", "values"));
  addFunction(*m, "viewkeys", dictView("viewkeys", "keys"));
  addFunction(*m, "u", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{"u", {"s"}};
    FailureOr<BoundArgs> v = in.bind(sig, a);
    if (failed(v))
      return failure();
    return (*v)["s"];
  });
  // six.b(s): s.encode("latin-1").
  addFunction(*m, "b", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{"b", {"s"}};
    CallArgs c;
    c.loc = a.loc;
    c.pos.push_back(Value::str("latin-1"));
    FailureOr<BoundArgs> v = in.bind(sig, a);
    if (failed(v))
      return failure();
    FailureOr<Value> encode = in.getAttr((*v)["s"], "encode", a.loc);
    if (failed(encode))
      return failure();
    return in.call(*encode, c);
  });
  // ensure_binary/ensure_str/ensure_text: str and bytes converted with
  // encode()/decode() as six does, anything else refused.
  for (const char *name : {"ensure_binary", "ensure_str", "ensure_text"}) {
    std::string fn = name;
    addFunction(*m, name,
                [fn](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                  Signature sig{fn, {"s", "encoding=", "errors="}};
                  FailureOr<BoundArgs> bound = in.bind(sig, a);
                  if (failed(bound))
                    return failure();
                  BoundArgs &v = *bound;
                  const Value &s = v["s"];
                  bool toBytes = fn == "ensure_binary";
                  if (!s.isStr() && !isBytes(s)) {
                    // "not expecting type '%s'" % type(s).
                    Value type;
                    if (s.is(ObjKind::Instance)) {
                      type = s.as<InstanceObj>()->cls;
                    } else {
                      FailureOr<Value> t = in.typeOf(s, a.loc);
                      if (failed(t))
                        return failure();
                      type = *t;
                    }
                    return in.raise(a.loc, "TypeError",
                                    "not expecting type '" + repr(type) + "'");
                  }
                  if (s.isStr() != toBytes)
                    return s;
                  CallArgs c;
                  c.loc = a.loc;
                  c.pos.push_back(v.get("encoding", Value::str("utf-8")));
                  c.pos.push_back(v.get("errors", Value::str("strict")));
                  FailureOr<Value> method =
                      in.getAttr(s, toBytes ? "encode" : "decode", a.loc);
                  if (failed(method))
                    return failure();
                  return in.call(*method, c);
                });
  }
  FailureOr<Value> next = builtin(in, "next", SrcLoc{});
  if (failed(next))
    return Value::none();
  m->add("next", *next);
  // Metaclasses: only those that change nothing scopec models (`type`,
  // abc.ABCMeta) are accepted; the class is returned as it is.
  addFunction(*m, "add_metaclass",
              [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                static const Signature sig{"add_metaclass", {"metaclass"}};
                FailureOr<BoundArgs> v = in.bind(sig, a);
                if (failed(v) ||
                    failed(neutralMetaclass(in, (*v)["metaclass"], a.loc)))
                  return failure();
                return Interpreter::native(
                    "wrapper",
                    [](Interpreter &in, CallArgs &c) -> FailureOr<Value> {
                      static const Signature sig{"wrapper", {"cls"}};
                      FailureOr<BoundArgs> v = in.bind(sig, c);
                      if (failed(v))
                        return failure();
                      return (*v)["cls"];
                    });
              });
  addFunction(
      *m, "with_metaclass",
      [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
        static const Signature sig{"with_metaclass", {"meta", "*bases"}};
        FailureOr<BoundArgs> bound = in.bind(sig, a);
        if (failed(bound))
          return failure();
        BoundArgs &b = *bound;
        if (failed(neutralMetaclass(in, b["meta"], a.loc)))
          return failure();
        if (b.args().size() == 1)
          return b.args()[0];
        // The bases as one class to derive from (`object` when there are none).
        std::vector<Value> bases = b.args();
        return in.makeClass("temporary_class", std::move(bases), AttrDict(),
                            a.loc);
      });
  Value moves = makeMoves(in);
  if (moves.isNone())
    return Value::none();
  m->add("moves", moves);
  return Value::object(m);
}
