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
  return [sixName, method](Interpreter &in, CallArgs &a, Value &out) {
    Signature sig{sixName, {"d", "**kw"}};
    BoundArgs v;
    if (!in.bind(sig, a, v))
      return false;
    CallArgs forward;
    forward.loc = a.loc;
    forward.kw = v.kwargs();
    Value fn, view;
    if (!in.getAttr(v["d"], method, a.loc, fn) || !in.call(fn, forward, view))
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
  // Dataset downloaders import these; using them is the error.
  refuse(*m, "urllib", "model files cannot access the network");
  refuse(*m, "http_client", "model files cannot access the network");
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
    static const Signature sig{"u", {"s"}};
    BoundArgs v;
    if (!in.bind(sig, a, v))
      return false;
    out = v["s"];
    return true;
  });
  // six.b(s): s.encode("latin-1").
  addFunction(*m, "b", [](Interpreter &in, CallArgs &a, Value &out) {
    static const Signature sig{"b", {"s"}};
    BoundArgs v;
    Value encode;
    CallArgs c;
    c.loc = a.loc;
    c.pos.push_back(Value::str("latin-1"));
    return in.bind(sig, a, v) && in.getAttr(v["s"], "encode", a.loc, encode) &&
           in.call(encode, c, out);
  });
  // ensure_binary/ensure_str/ensure_text: str and bytes converted with
  // encode()/decode() as six does, anything else refused.
  for (const char *name : {"ensure_binary", "ensure_str", "ensure_text"}) {
    std::string fn = name;
    addFunction(*m, name, [fn](Interpreter &in, CallArgs &a, Value &out) {
      Signature sig{fn, {"s", "encoding=", "errors="}};
      BoundArgs v;
      if (!in.bind(sig, a, v))
        return false;
      const Value &s = v["s"];
      bool toBytes = fn == "ensure_binary";
      if (!s.isStr() && !isBytes(s)) {
        // "not expecting type '%s'" % type(s).
        Value type;
        if (s.is(ObjKind::Instance))
          type = s.as<InstanceObj>()->cls;
        else if (!in.typeOf(s, a.loc, type))
          return false;
        return in.raise(a.loc, "TypeError",
                        "not expecting type '" + repr(type) + "'");
      }
      if (s.isStr() != toBytes) {
        out = s;
        return true;
      }
      CallArgs c;
      c.loc = a.loc;
      c.pos.push_back(v.get("encoding", Value::str("utf-8")));
      c.pos.push_back(v.get("errors", Value::str("strict")));
      Value method;
      return in.getAttr(s, toBytes ? "encode" : "decode", a.loc, method) &&
             in.call(method, c, out);
    });
  }
  Value next;
  if (!builtin(in, "next", SrcLoc{}, next))
    return Value::none();
  m->add("next", next);
  // Metaclasses: only those that change nothing scopec models (`type`,
  // abc.ABCMeta) are accepted; the class is returned as it is.
  addFunction(
      *m, "add_metaclass", [](Interpreter &in, CallArgs &a, Value &out) {
        static const Signature sig{"add_metaclass", {"metaclass"}};
        BoundArgs v;
        if (!in.bind(sig, a, v) || !neutralMetaclass(in, v["metaclass"], a.loc))
          return false;
        out = Interpreter::native(
            "wrapper", [](Interpreter &in, CallArgs &c, Value &cls) {
              static const Signature sig{"wrapper", {"cls"}};
              BoundArgs v;
              if (!in.bind(sig, c, v))
                return false;
              cls = v["cls"];
              return true;
            });
        return true;
      });
  addFunction(
      *m, "with_metaclass", [](Interpreter &in, CallArgs &a, Value &out) {
        static const Signature sig{"with_metaclass", {"meta", "*bases"}};
        BoundArgs b;
        if (!in.bind(sig, a, b) || !neutralMetaclass(in, b["meta"], a.loc))
          return false;
        if (b.args().size() == 1) {
          out = b.args()[0];
          return true;
        }
        // The bases as one class to derive from (`object` when there are none).
        std::vector<Value> bases = b.args();
        return in.makeClass("temporary_class", std::move(bases), AttrDict(),
                            a.loc, out);
      });
  Value moves = makeMoves(in);
  if (moves.isNone())
    return Value::none();
  m->add("moves", moves);
  return Value::object(m);
}
