//===- TFRuntime.cpp - Dispatch of operations on TF objects ---------------===//

#include "TFRuntime.h"
#include "IREmitter.h"
#include "NdArray.h"
#include "TFApi.h"
#include "TFGraph.h"
#include "TFScopes.h"

#include "llvm/ADT/StringExtras.h"

#include <set>

using namespace scopec::frontend;

TFRuntime::TFRuntime(Interpreter &interp) : interp(interp) {
  graph = std::make_unique<TFGraph>();
  emitter = std::make_unique<IREmitter>(interp.getContext(),
                                        interp.sourceFiles());
  autoReuse = Value::object(std::make_shared<ReuseSentinel>());
  installTF();
  installNumpy();
}

TFRuntime::~TFRuntime() = default;

Value TFRuntime::importModule(llvm::StringRef name) {
  if (name == "tensorflow" || name == "tensorflow.compat.v1")
    return tfModule;
  if (name == "numpy")
    return npModule;
  if (name == "tensorflow.compat")
    return tfModule.as<ModuleObj>()->attrs["compat"];
  if (name == "tensorflow.nn")
    return tfModule.as<ModuleObj>()->attrs["nn"];
  return Value::none();
}

//===----------------------------------------------------------------------===//
// Attributes
//===----------------------------------------------------------------------===//

static Value shapeValue(const Shape &s) {
  return Value::object(std::make_shared<TensorShapeObj>(s));
}

static bool noArgs(Interpreter &in, CallArgs &a, const char *name) {
  if (a.pos.empty() && a.kw.empty())
    return true;
  return in.error(a.loc, std::string(name) + "() takes no arguments");
}

static bool tensorAttr(TFRuntime &rt, const Value &self,
                       const std::string &name, SrcLoc l, Value &out,
                       bool &found) {
  auto t = std::static_pointer_cast<TensorObj>(self.ref());
  Interpreter &in = rt.interp;
  found = true;
  if (name == "name") {
    out = Value::str(t->tensorName());
  } else if (name == "op") {
    out = Value::object(std::make_shared<OperationObj>(t));
  } else if (name == "shape") {
    out = shapeValue(t->shape);
  } else if (name == "dtype") {
    out = Value::object(std::make_shared<DTypeObj>(t->dtype, t->isVariable()));
  } else if (name == "get_shape") {
    out = Interpreter::native("get_shape", [t](Interpreter &in, CallArgs &a,
                                               Value &o) {
      if (!noArgs(in, a, "get_shape"))
        return false;
      o = shapeValue(t->shape);
      return true;
    });
  } else if (name == "eval") {
    TFRuntime *p = &rt;
    out = Interpreter::native("eval", [t, p](Interpreter &, CallArgs &a,
                                             Value &o) {
      return tfEval(*p, *t, a, o);
    });
  } else if (name == "value" || name == "read_value") {
    if (!t->isVariable()) {
      found = false;
      return true;
    }
    out = Interpreter::native(name, [self](Interpreter &in, CallArgs &a,
                                           Value &o) {
      if (!noArgs(in, a, "value"))
        return false;
      o = self;
      return true;
    });
  } else if (name == "trainable" && t->isVariable()) {
    out = Value::boolean(t->trainable);
  } else if (name == "initializer" || name == "assign" ||
             name == "assign_add" || name == "assign_sub" ||
             name == "load" || name == "initialized_value" ||
             name == "initial_value") {
    return in.error(l, "Variable." + name +
                           " is not supported: scopec initializes variables "
                           "when the compiled program starts and compiles "
                           "inference graphs only");
  } else if (name == "graph") {
    return in.error(l, "Tensor.graph is not supported by scopec");
  } else {
    found = false;
  }
  return true;
}

static bool shapeAttr(TFRuntime &rt, const Value &self,
                      const std::string &name, Value &out, bool &found) {
  auto s = std::static_pointer_cast<TensorShapeObj>(self.ref());
  found = true;
  if (name == "ndims" || name == "rank") {
    out = Value::integer(static_cast<int64_t>(s->dims.size()));
  } else if (name == "dims") {
    std::vector<Value> dims;
    for (int64_t d : s->dims)
      dims.push_back(Value::object(std::make_shared<DimensionObj>(d)));
    out = Value::list(dims);
  } else if (name == "as_list" || name == "num_elements" ||
             name == "is_fully_defined") {
    out = Interpreter::native(name, [s, name](Interpreter &in, CallArgs &a,
                                              Value &o) {
      if (!noArgs(in, a, name.c_str()))
        return false;
      if (name == "as_list") {
        std::vector<Value> dims;
        for (int64_t d : s->dims)
          dims.push_back(d < 0 ? Value::none() : Value::integer(d));
        o = Value::list(dims);
      } else if (name == "num_elements") {
        int64_t n = 1;
        for (int64_t d : s->dims) {
          if (d < 0) {
            o = Value::none();
            return true;
          }
          n *= d;
        }
        o = Value::integer(n);
      } else {
        bool full = true;
        for (int64_t d : s->dims)
          full &= d >= 0;
        o = Value::boolean(full);
      }
      return true;
    });
  } else {
    found = false;
  }
  return true;
}

bool TFRuntime::getAttr(const Value &obj, const std::string &name, SrcLoc l,
                        Value &out, bool &found) {
  found = false;
  switch (obj.get()->kind) {
  case ObjKind::Tensor:
    return tensorAttr(*this, obj, name, l, out, found);
  case ObjKind::VarScope:
    return scopeAttr(*this, obj, name, l, out, found);
  case ObjKind::TensorShape:
    return shapeAttr(*this, obj, name, out, found);
  case ObjKind::NdArray:
    return arrayAttr(interp, obj, name, l, out, found);
  case ObjKind::Dimension:
    if (name == "value") {
      int64_t v = obj.as<DimensionObj>()->value;
      out = v < 0 ? Value::none() : Value::integer(v);
      found = true;
    }
    return true;
  case ObjKind::DType: {
    auto *d = obj.as<DTypeObj>();
    found = true;
    if (name == "name")
      out = Value::str(d->name());
    else if (name == "base_dtype")
      out = Value::object(std::make_shared<DTypeObj>(d->dt, false));
    else if (name == "is_floating")
      out = Value::boolean(isFloatDType(d->dt));
    else if (name == "is_integer")
      out = Value::boolean(!isFloatDType(d->dt) && d->dt != DType::Bool &&
                           d->dt != DType::Str);
    else if (name == "is_bool")
      out = Value::boolean(d->dt == DType::Bool);
    else if (name == "__call__") {
      DType dt = d->dt;
      TFRuntime *p = this;
      out = Interpreter::native(d->name(), [dt, p](Interpreter &in,
                                                   CallArgs &a, Value &o) {
        if (a.pos.size() != 1 || !a.kw.empty())
          return in.error(a.loc, "a dtype call takes one value");
        std::vector<double> values;
        Shape shape;
        bool f = false, b = false;
        if (!p->flatten(a.pos[0], a.loc, values, shape, f, b))
          return false;
        for (double &v : values)
          v = castTo(dt, v);
        o = p->makeArray(dt, shape, values);
        return true;
      });
    } else
      found = false;
    return true;
  }
  case ObjKind::Operation: {
    auto t = obj.as<OperationObj>()->tensor;
    found = true;
    if (name == "name")
      out = Value::str(t->opName);
    else if (name == "type")
      out = Value::str(t->opType);
    else if (name == "outputs")
      out = Value::list({Value::object(t)});
    else if (name == "values")
      out = Interpreter::native("values", [t](Interpreter &in, CallArgs &a,
                                              Value &o) {
        if (!noArgs(in, a, "values"))
          return false;
        o = Value::tuple({Value::object(t)});
        return true;
      });
    else
      found = false;
    return true;
  }
  case ObjKind::Initializer:
    if (name == "__call__") {
      auto init = std::static_pointer_cast<InitializerObj>(obj.ref());
      TFRuntime *p = this;
      out = Interpreter::native(init->className, [init, p](Interpreter &,
                                                           CallArgs &a,
                                                           Value &o) {
        return tfCallInitializer(*p, *init, a, o);
      });
      found = true;
    }
    return true;
  default:
    return true;
  }
}

//===----------------------------------------------------------------------===//
// Operators
//===----------------------------------------------------------------------===//

bool TFRuntime::binaryOp(BinOpKind op, const Value &a, const Value &b,
                         SrcLoc l, Value &out, bool &handled) {
  handled = true;
  if (a.is(ObjKind::Tensor) || b.is(ObjKind::Tensor)) {
    for (const Value *v : {&a, &b})
      if (!v->is(ObjKind::Tensor) && !v->isNumber() && !v->isSeq() &&
          !v->is(ObjKind::NdArray))
        return interp.error(l, std::string("unsupported operand type for a "
                                           "tensor operation: '") +
                                   typeName(*v) + "'");
    return tfOperator(*this, op, a, b, l, out);
  }
  if (a.is(ObjKind::NdArray) || b.is(ObjKind::NdArray))
    return arrayBinary(interp, op, a, b, l, out);
  Value x = a, y = b;
  // Both operands are converted (no short circuit).
  bool convertedA = toNumber(a, x), convertedB = toNumber(b, y);
  if (convertedA || convertedB) {
    if (x.isNone() || y.isNone())
      return interp.error(l, "unknown (None) dimension in arithmetic");
    return interp.binaryOp(op, x, y, l, out);
  }
  handled = false;
  return true;
}

bool TFRuntime::unaryOp(UnaryOpKind op, const Value &a, SrcLoc l, Value &out,
                        bool &handled) {
  handled = true;
  if (a.is(ObjKind::Tensor)) {
    if (op == UnaryOpKind::Pos) {
      out = a;
      return true;
    }
    if (op == UnaryOpKind::Neg)
      return tfNeg(*this, a, l, out);
    return interp.error(l, "the operator '~' on tensors is not supported by "
                           "scopec");
  }
  if (a.is(ObjKind::NdArray)) {
    auto *arr = a.as<NdArrayObj>();
    std::vector<double> d = arr->data;
    if (op == UnaryOpKind::Neg)
      for (double &v : d)
        v = -v;
    else if (op == UnaryOpKind::Invert)
      for (double &v : d)
        v = arr->dtype == DType::Bool ? (v == 0) : -v - 1;
    out = makeArray(arr->dtype, arr->shape, d);
    return true;
  }
  Value n;
  if (toNumber(a, n)) {
    if (n.isNone())
      return interp.error(l, "unknown (None) dimension in arithmetic");
    if (op == UnaryOpKind::Neg)
      return interp.binaryOp(BinOpKind::Sub, Value::integer(0), n, l, out);
    out = n;
    return true;
  }
  handled = false;
  return true;
}

bool TFRuntime::compare(CmpOpKind op, const Value &a, const Value &b, SrcLoc l,
                        Value &out, bool &handled) {
  handled = false;
  if (a.is(ObjKind::NdArray) || b.is(ObjKind::NdArray)) {
    handled = true;
    return arrayCompare(interp, op, a, b, l, out);
  }
  if (a.is(ObjKind::Tensor) || b.is(ObjKind::Tensor)) {
    if (op == CmpOpKind::Eq || op == CmpOpKind::Ne)
      return true; // identity, as TF 1.x graph mode
    handled = true;
    return interp.error(l, "comparison operators on tensors (tf.less, "
                           "tf.greater) are not supported by scopec");
  }
  if (op == CmpOpKind::Eq || op == CmpOpKind::Ne)
    return true;
  Value x = a, y = b;
  bool convertedA = toNumber(a, x), convertedB = toNumber(b, y);
  if (convertedA || convertedB) {
    handled = true;
    if (x.isNone() || y.isNone())
      return interp.error(l, "unknown (None) dimension in comparison");
    return interp.compare(op, x, y, l, out);
  }
  return true;
}

bool TFRuntime::subscript(const Value &obj, const Value &index, SrcLoc l,
                          Value &out, bool &handled) {
  handled = true;
  bool isSlice = index.isList() && index.items().size() == 2 &&
                 index.items()[0].isStr() &&
                 index.items()[0].getStr() == "__slice__" &&
                 index.items()[1].isTuple() &&
                 index.items()[1].items().size() == 3 &&
                 index.items()[1].items()[2].isInt();
  if (isSlice)
    for (int k = 0; k < 2; ++k) {
      const Value &b = index.items()[1].items()[k];
      isSlice &= b.isNone() || b.isInt();
    }
  if (obj.is(ObjKind::TensorShape)) {
    auto &dims = obj.as<TensorShapeObj>()->dims;
    if (isSlice) {
      auto &t = index.items()[1].items();
      std::vector<Value> items;
      for (int64_t d : dims)
        items.push_back(Value::integer(d));
      // Reuse the list slicing of the interpreter via a temporary list.
      int64_t n = static_cast<int64_t>(dims.size());
      int64_t stepv = t[2].getInt();
      int64_t start = t[0].isNone() ? (stepv > 0 ? 0 : n - 1) : t[0].getInt();
      int64_t stop = t[1].isNone() ? (stepv > 0 ? n : -n - 1) : t[1].getInt();
      auto norm = [&](int64_t v, int64_t lo, int64_t hi) {
        if (v < 0)
          v += n;
        return std::max(lo, std::min(hi, v));
      };
      Shape r;
      if (stepv > 0) {
        for (int64_t i = norm(start, 0, n); i < norm(stop, 0, n); i += stepv)
          r.push_back(dims[i]);
      } else {
        for (int64_t i = norm(start, -1, n - 1); i > norm(stop, -1, n - 1);
             i += stepv)
          r.push_back(dims[i]);
      }
      out = shapeValue(r);
      return true;
    }
    int64_t i;
    if (!interp.toInt(index, l, i, "TensorShape index"))
      return false;
    int64_t n = static_cast<int64_t>(dims.size());
    if (i < 0)
      i += n;
    if (i < 0 || i >= n)
      return interp.error(l, "list index out of range");
    out = Value::object(std::make_shared<DimensionObj>(dims[i]));
    return true;
  }
  if (obj.is(ObjKind::NdArray)) {
    if (isSlice)
      return interp.error(l, "slicing numpy arrays is not supported by "
                             "scopec");
    return arraySubscript(interp, obj, index, l, out);
  }
  if (obj.is(ObjKind::Tensor))
    return interp.error(l, "indexing and slicing tensors (tf.strided_slice) "
                           "is not supported by scopec");
  handled = false;
  return true;
}

bool TFRuntime::iterate(const Value &obj, SrcLoc l, std::vector<Value> &out,
                        bool &handled) {
  handled = true;
  if (obj.is(ObjKind::TensorShape)) {
    for (int64_t d : obj.as<TensorShapeObj>()->dims)
      out.push_back(Value::object(std::make_shared<DimensionObj>(d)));
    return true;
  }
  if (obj.is(ObjKind::NdArray)) {
    if (obj.as<NdArrayObj>()->shape.empty())
      return interp.error(l, "iteration over a 0-d array");
    arrayRows(*obj.as<NdArrayObj>(), out);
    return true;
  }
  if (obj.is(ObjKind::Tensor))
    return interp.error(l, "Tensor objects are only iterable when eager "
                           "execution is enabled. To iterate over this "
                           "tensor use tf.map_fn.");
  handled = false;
  return true;
}

bool TFRuntime::len(const Value &obj, SrcLoc l, int64_t &out, bool &handled) {
  handled = true;
  if (obj.is(ObjKind::TensorShape)) {
    out = static_cast<int64_t>(obj.as<TensorShapeObj>()->dims.size());
    return true;
  }
  if (obj.is(ObjKind::NdArray)) {
    auto *a = obj.as<NdArrayObj>();
    if (a->shape.empty())
      return interp.error(l, "len() of unsized object");
    out = a->shape[0];
    return true;
  }
  if (obj.is(ObjKind::Tensor))
    return interp.error(l, "len is not well defined for symbolic Tensors. (" +
                               obj.as<TensorObj>()->tensorName() +
                               ") Please call `x.shape` rather than `len(x)` "
                               "for shape information.");
  handled = false;
  return true;
}

bool TFRuntime::enter(const Value &cm, SrcLoc l, Value &asValue) {
  return enterScope(*this, *cm.as<ContextManagerObj>(), l, asValue);
}

bool TFRuntime::exit(const Value &cm, SrcLoc l) {
  return exitScope(*this, *cm.as<ContextManagerObj>(), l);
}

//===----------------------------------------------------------------------===//
// Outputs
//===----------------------------------------------------------------------===//

mlir::OwningOpRef<mlir::ModuleOp> TFRuntime::finish(SrcLoc end) {
  // Module-level Python variables holding tensors, by tensor.
  std::map<const Object *, std::string> pyNames;
  std::vector<std::string> globalsSorted;
  for (auto &kv : interp.globals().vars)
    globalsSorted.push_back(kv.getKey().str());
  llvm::sort(globalsSorted);
  for (const std::string &n : globalsSorted) {
    const Value &v = interp.globals().vars[n];
    if (v.is(ObjKind::Tensor) && !pyNames.count(v.get()))
      pyNames[v.get()] = n;
  }
  std::vector<std::pair<std::string, std::shared_ptr<TensorObj>>> outputs;
  const std::vector<std::string> &fetches = interp.getOptions().fetches;
  if (!fetches.empty()) {
    for (const std::string &f : fetches) {
      std::shared_ptr<TensorObj> found;
      auto g = interp.globals().vars.find(f);
      if (g != interp.globals().vars.end() && g->second.is(ObjKind::Tensor)) {
        found = std::static_pointer_cast<TensorObj>(g->second.ref());
      } else {
        llvm::StringRef name = f;
        int index = 0;
        auto [base, idx] = name.rsplit(':');
        if (!idx.empty() && llvm::all_of(idx, llvm::isDigit) &&
            idx.size() < 6) {
          name = base;
          index = std::stoi(idx.str());
        }
        for (auto &t : graph->tensors)
          if (t->opName == name && t->index == index)
            found = t;
        if (!found)
          for (auto &kv : graph->variables)
            if (kv.second->opName == name && index == 0)
              found = kv.second;
      }
      if (!found) {
        if (interp.stopped())
          continue;
        std::string known;
        size_t count = 0;
        for (auto &kv : pyNames)
          if (count++ < 20)
            known += (known.empty() ? "" : ", ") + kv.second;
        for (auto &t : graph->tensors)
          if (t->origin == TensorOrigin::Op && count++ < 40)
            known += (known.empty() ? "" : ", ") + t->tensorName();
        interp.error(end, "unknown fetch '" + f +
                              "': not a module-level variable holding a "
                              "tensor nor a TF op name (known: " +
                              (known.empty() ? "none" : known) + ")");
        return nullptr;
      }
      if (!found->value && !materialize(*found, end))
        return nullptr;
      outputs.emplace_back(f, found);
    }
  } else {
    for (auto &t : graph->tensors) {
      if (t->origin != TensorOrigin::Op || t->uses > 0 || !t->value)
        continue;
      auto it = pyNames.find(t.get());
      std::string name = it != pyNames.end()
                             ? it->second
                             : (t->index ? t->tensorName() : t->opName);
      outputs.emplace_back(name, t);
    }
  }
  std::set<std::string> seen;
  IREmitter &e = *emitter;
  for (auto &[name, t] : outputs) {
    if (!seen.insert(name).second)
      continue;
    scope::OutputOp::create(e.builder(), t->loc, name, t->value);
  }
  return e.finish();
}
