//===- Six.cpp - The `six` and `six.moves` modules ------------------------===//
//
// Python 2/3 compatibility as seen from Python 3 (PY2 False, PY3 True):
// the type tuples are the interpreter's own built-ins, so `isinstance(x,
// six.string_types)` works; `six.moves` re-exports the built-ins and the
// functools/itertools functions of the same names, as six does. The
// `iter*` helpers return lists (the interpreter has no lazy iterators).
// `with_metaclass`/`add_metaclass` accept abc.ABCMeta (and `type`), whose
// only effect scopec leaves out is refusing to instantiate abstract
// classes; other metaclasses are refused. `six.b` needs bytes.
//
//===----------------------------------------------------------------------===//

#include "Stdlib.h"
#include "Support.h"

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;

namespace {

/// six.iteritems(d, **kw) and friends: `list(d.<method>(**kw))`.
NativeFn dictView(const char *sixName, const char *method) {
  return [sixName, method](Interpreter &in, CallArgs &a, Value &out) {
    Signature sig{sixName, {"d"}, 1};
    CallArgs own;
    own.loc = a.loc;
    own.pos = a.pos;
    CallArgs forward;
    forward.loc = a.loc;
    // Keywords other than `d` go to the dict method.
    for (auto &kv : a.kw)
      (kv.first == "d" ? own.kw : forward.kw).push_back(kv);
    std::vector<Value> v;
    std::vector<bool> present;
    Value fn, view;
    if (!in.bind(sig, own, v, present) ||
        !in.getAttr(v[0], method, a.loc, fn) || !in.call(fn, forward, view))
      return false;
    std::vector<Value> items;
    if (!in.toList(view, a.loc, items))
      return false;
    out = Value::list(std::move(items));
    return true;
  };
}

/// Copies the attribute `name` of the stdlib module `module` into `m`.
bool reexport(Interpreter &in, ModuleObj &m, llvm::StringRef module,
              const std::string &name) {
  Value mod = importStdlibModule(in, module);
  if (mod.isNone())
    return false;
  auto it = mod.as<ModuleObj>()->attrs.find(name);
  if (it == mod.as<ModuleObj>()->attrs.end())
    return false;
  m.add(name, it->second);
  return true;
}

Value makeMoves(Interpreter &in) {
  auto m = newModule("six.moves");
  for (const char *b : {"range", "zip", "map", "filter", "input"}) {
    Value v;
    if (!builtin(in, b, SrcLoc{}, v) && std::string(b) != "input")
      return Value::none();
    if (std::string(b) != "input")
      m->add(b, v);
  }
  m->add("xrange", m->attrs["range"]);
  refuse(*m, "input", "model files cannot read input");
  refuse(*m, "cPickle", "model files cannot access the file system");
  if (!reexport(in, *m, "functools", "reduce") ||
      !reexport(in, *m, "itertools", "zip_longest"))
    return Value::none();
  return Value::object(m);
}

/// Accepts the metaclasses that change nothing scopec models: `type` and
/// abc.ABCMeta (abstract methods are not enforced).
bool neutralMetaclass(Interpreter &in, const Value &meta, SrcLoc l) {
  Value abc = importStdlibModule(in, "abc");
  if (meta.is(ObjKind::Builtin) && meta.as<BuiltinObj>()->name == "type")
    return true;
  if (!abc.isNone()) {
    auto it = abc.as<ModuleObj>()->attrs.find("ABCMeta");
    if (it != abc.as<ModuleObj>()->attrs.end() && identical(it->second, meta))
      return true;
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
  if (!builtin(in, "str", SrcLoc{}, str) ||
      !builtin(in, "int", SrcLoc{}, integer) ||
      !builtin(in, "bytes", SrcLoc{}, bytes) ||
      !builtin(in, "print", SrcLoc{}, print) ||
      !builtin(in, "callable", SrcLoc{}, callable))
    return Value::none();
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
  addFunction(*m, "u", [](Interpreter &in, CallArgs &a, Value &out) {
    static const Signature sig{"u", {"s"}, 1};
    std::vector<Value> v;
    std::vector<bool> present;
    if (!in.bind(sig, a, v, present))
      return false;
    out = v[0];
    return true;
  });
  // ensure_str/ensure_text: str is returned as is (no bytes in scopec).
  for (const char *name : {"ensure_str", "ensure_text"}) {
    std::string fn = name;
    addFunction(*m, name, [fn](Interpreter &in, CallArgs &a, Value &out) {
      Signature sig{fn.c_str(), {"s", "encoding", "errors"}, 1};
      std::vector<Value> v;
      std::vector<bool> present;
      if (!in.bind(sig, a, v, present))
        return false;
      if (!v[0].isStr())
        return in.raise(a.loc, "TypeError",
                        "not expecting type '" + typeName(v[0]) + "'");
      out = v[0];
      return true;
    });
  }
  Value next;
  if (!builtin(in, "next", SrcLoc{}, next))
    return Value::none();
  m->add("next", next);
  // Metaclasses: only those that change nothing scopec models (`type`,
  // abc.ABCMeta) are accepted; the class is returned as it is.
  addFunction(*m, "add_metaclass", [](Interpreter &in, CallArgs &a,
                                      Value &out) {
    static const Signature sig{"add_metaclass", {"metaclass"}, 1};
    std::vector<Value> v;
    std::vector<bool> present;
    if (!in.bind(sig, a, v, present) ||
        !neutralMetaclass(in, v[0], a.loc))
      return false;
    out = Interpreter::native("wrapper", [](Interpreter &in, CallArgs &c,
                                            Value &cls) {
      static const Signature sig{"wrapper", {"cls"}, 1};
      std::vector<Value> v;
      std::vector<bool> present;
      if (!in.bind(sig, c, v, present))
        return false;
      cls = v[0];
      return true;
    });
    return true;
  });
  addFunction(*m, "with_metaclass", [](Interpreter &in, CallArgs &a,
                                       Value &out) {
    if (a.pos.empty() || !a.kw.empty())
      return in.raise(a.loc, "TypeError",
                      "with_metaclass() missing 1 required positional "
                      "argument: 'meta'");
    if (!neutralMetaclass(in, a.pos[0], a.loc))
      return false;
    if (a.pos.size() == 2) {
      out = a.pos[1];
      return true;
    }
    // The bases as one class to derive from (`object` when there are none).
    std::vector<Value> bases(a.pos.begin() + 1, a.pos.end());
    return in.makeClass("temporary_class", std::move(bases), AttrDict(),
                        a.loc, out);
  });
  refuse(*m, "b", "bytes are not supported");
  Value moves = makeMoves(in);
  if (moves.isNone())
    return Value::none();
  m->add("moves", moves);
  return Value::object(m);
}
