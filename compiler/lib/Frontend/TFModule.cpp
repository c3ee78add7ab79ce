//===- TFModule.cpp - The `tf` module -------------------------------------===//

#include "IREmitter.h"
#include "TFApi.h"
#include "TFGraph.h"
#include "TFRuntime.h"
#include "TFScopes.h"

#include <cmath>

using namespace scopec::frontend;

namespace {

Value dtypeValue(DType d) {
  return Value::object(std::make_shared<DTypeObj>(d, false));
}

} // namespace

Value scopec::frontend::tfNative(TFRuntime &rt, const std::string &name,
                                 TFFn fn) {
  TFRuntime *p = &rt;
  return Interpreter::native(
      name, [p, fn](Interpreter &, CallArgs &a) { return fn(*p, a); });
}

void TFRuntime::installTF() {
  auto tf = std::make_shared<ModuleObj>("tensorflow");
  auto nn = std::make_shared<ModuleObj>("tensorflow.nn");
  auto inits = std::make_shared<ModuleObj>("tensorflow.initializers");
  auto keys = std::make_shared<ModuleObj>("GraphKeys");
  auto compat = std::make_shared<ModuleObj>("tensorflow.compat");
  TFRuntime *p = this;
  auto fn = [p](const std::string &name, TFFn f) {
    return tfNative(*p, name, std::move(f));
  };
  // `_scopec_consume(values...)`: the values (tensors, nested lists) are
  // consumed by an op scopec does not emit (the untaken branch of a cond),
  // so they are not default fetches. `_scopec_train_on(values...)`: they
  // are read by training-time code (summaries, optimizers), which does not
  // make them consumed (docs/user-guide.md, "Outputs and inputs").
  for (bool training : {false, true}) {
    const char *name = training ? "_scopec_train_on" : "_scopec_consume";
    tf->add(
        name,
        Interpreter::native(
            name, [training](Interpreter &, CallArgs &a) -> FailureOr<Value> {
              std::function<void(const Value &)> use = [&](const Value &v) {
                if (isa<TensorObj>(v))
                  ++(training ? v.as<TensorObj>()->trainingUses
                              : v.as<TensorObj>()->uses);
                else if (v.isSeq())
                  for (const Value &item : v.items())
                    use(item);
              };
              for (const Value &v : a.pos)
                use(v);
              return Value::none();
            }));
  }
  // For the prelude's training-time ops scopec cannot compile (dropout that
  // drops): a tensor like `like` named `name` whose use, or default fetch,
  // is the error `message` (docs/user-guide.md, "Training-time code").
  tf->add("_scopec_unusable",
          fn("_scopec_unusable",
             [](TFRuntime &rt, CallArgs &args) -> FailureOr<Value> {
               static const Signature sig{
                   "_scopec_unusable", {"like", "message", "name", "op_type"}};
               FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
               if (failed(bound))
                 return failure();
               BoundArgs &a = *bound;
               FailureOr<std::shared_ptr<TensorObj>> like =
                   rt.toTensor(a["like"], args.loc, std::nullopt, "like");
               if (failed(like))
                 return failure();
               FailureOr<std::string> message =
                   rt.interp.toStr(a["message"], args.loc, "message");
               if (failed(message))
                 return failure();
               FailureOr<std::string> opType =
                   rt.interp.toStr(a["op_type"], args.loc, "op_type");
               if (failed(opType))
                 return failure();
               FailureOr<std::string> name =
                   rt.opName(a["name"], "unusable", args.loc);
               if (failed(name))
                 return failure();
               auto t =
                   rt.newTensor(*name, *opType, (*like)->shape, (*like)->dtype,
                                nullptr, rt.emitter->opLoc(*name, args.loc));
               ++(*like)->uses;
               t->unusable = *message;
               t->madeAt = rt.interp.userLoc(args.loc);
               return Value::object(t);
             }));
  // `_scopec_limit(n)`: the prelude's iteration limit n as the interpreter
  // applies it (FrontendOptions::limitDivisor).
  tf->add("_scopec_limit",
          fn("_scopec_limit",
             [](TFRuntime &rt, CallArgs &args) -> FailureOr<Value> {
               static const Signature sig{"_scopec_limit", {"n"}};
               FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
               if (failed(bound))
                 return failure();
               if (!(*bound)["n"].isInt())
                 return rt.interp.error(args.loc, "_scopec_limit: bad n");
               return Value::integer(rt.interp.limit((*bound)["n"].getInt()));
             }));
  // `_scopec_scope_counts("mark")` -> mark, `("restore", mark)`,
  // `("commit", mark)`: the variable-scope counts (default scope names) of a
  // loop body that the prelude runs once per iteration, rewound so every
  // iteration names its scopes as TF's single run of the body does.
  tf->add("_scopec_scope_counts",
          fn("_scopec_scope_counts",
             [](TFRuntime &rt, CallArgs &args) -> FailureOr<Value> {
               static const Signature sig{"_scopec_scope_counts",
                                          {"action", "mark="}};
               FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
               if (failed(bound))
                 return failure();
               BoundArgs &a = *bound;
               FailureOr<std::string> action =
                   rt.interp.toStr(a["action"], args.loc, "action");
               if (failed(action))
                 return failure();
               TFGraph &g = *rt.graph;
               if (*action == "mark")
                 return Value::integer(
                     static_cast<int64_t>(g.markScopeCounts()));
               if (!a["mark"].isInt() ||
                   (*action != "restore" && *action != "commit"))
                 return rt.interp.error(args.loc,
                                        "_scopec_scope_counts: bad arguments");
               size_t mark = static_cast<size_t>(a["mark"].getInt());
               if (*action == "restore")
                 g.restoreScopeCounts(mark);
               else
                 g.commitScopeCounts(mark);
               return Value::none();
             }));
  // `_scopec_warn(message)`: a compile-time warning at the model's call, for
  // what TF does at run time and scopec's compiled code does not (tf.Print).
  tf->add(
      "_scopec_warn",
      Interpreter::native(
          "_scopec_warn", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
            static const Signature sig{"_scopec_warn", {"message"}};
            FailureOr<BoundArgs> b = in.bind(sig, a);
            if (failed(b))
              return failure();
            FailureOr<std::string> message =
                in.toStr((*b)["message"], a.loc, "message");
            if (failed(message))
              return failure();
            mlir::emitWarning(in.loc(in.userLoc(a.loc))) << *message;
            return Value::none();
          }));
  // `_scopec_graph_outputs(op_name)`: the output tensors of the op named
  // `op_name` in index order (a variable is its own op), [] if there is no
  // such op; `_scopec_graph_ops()`: the first output of every op in creation
  // order. The prelude's tf.Graph (get_tensor_by_name, ...) is built on them.
  tf->add("_scopec_graph_outputs",
          fn("_scopec_graph_outputs",
             [](TFRuntime &rt, CallArgs &args) -> FailureOr<Value> {
               static const Signature sig{"_scopec_graph_outputs",
                                          {"op_name"}};
               FailureOr<BoundArgs> a = rt.interp.bind(sig, args);
               if (failed(a))
                 return failure();
               FailureOr<std::string> name =
                   rt.interp.toStr((*a)["op_name"], args.loc, "op_name");
               if (failed(name))
                 return failure();
               std::vector<std::shared_ptr<TensorObj>> outputs;
               for (auto &t : rt.graph->tensors)
                 if (t->opName == *name)
                   outputs.push_back(t);
               auto var = rt.graph->variables.find(*name);
               if (outputs.empty() && var != rt.graph->variables.end())
                 outputs.push_back(var->second);
               llvm::stable_sort(outputs, [](const auto &x, const auto &y) {
                 return x->index < y->index;
               });
               std::vector<Value> items;
               for (auto &t : outputs)
                 items.push_back(Value::object(t));
               return Value::list(std::move(items));
             }));
  tf->add("_scopec_graph_ops",
          fn("_scopec_graph_ops",
             [](TFRuntime &rt, CallArgs &args) -> FailureOr<Value> {
               static const Signature sig{"_scopec_graph_ops", {}};
               if (failed(rt.interp.bind(sig, args)))
                 return failure();
               std::vector<std::shared_ptr<TensorObj>> all(
                   rt.graph->tensors.begin(), rt.graph->tensors.end());
               for (auto &kv : rt.graph->variables)
                 all.push_back(kv.second);
               llvm::stable_sort(all, [](const auto &x, const auto &y) {
                 return x->serial < y->serial;
               });
               std::vector<Value> items;
               for (auto &t : all)
                 if (t->index == 0)
                   items.push_back(Value::object(t));
               return Value::list(std::move(items));
             }));
  // `_scopec_training(+1)` ... `(-1)` around the prelude's training-time
  // code (losses): its ops do not consume their inputs for default fetches
  // and their results are training-only (docs/user-guide.md, "Outputs and
  // inputs").
  tf->add("_scopec_training",
          fn("_scopec_training",
             [](TFRuntime &rt, CallArgs &args) -> FailureOr<Value> {
               static const Signature sig{"_scopec_training", {"delta"}};
               FailureOr<BoundArgs> a = rt.interp.bind(sig, args);
               if (failed(a))
                 return failure();
               FailureOr<int64_t> d =
                   rt.interp.toInt((*a)["delta"], args.loc, "delta");
               if (failed(d))
                 return failure();
               int64_t delta = *d;
               // Balanced calls only (the prelude's _training decorator).
               if ((delta != 1 && delta != -1) ||
                   rt.graph->trainingDepth + delta < 0)
                 return rt.interp.error(args.loc,
                                        "_scopec_training: unbalanced "
                                        "call");
               rt.graph->trainingDepth += static_cast<int>(delta);
               return Value::none();
             }));
  // `_scopec_flag(name)`: the `--flag name=VALUE` text for a flag the
  // prelude's tf.app.flags defines, or None.
  tf->add(
      "_scopec_flag",
      fn("_scopec_flag", [](TFRuntime &rt, CallArgs &args) -> FailureOr<Value> {
        static const Signature sig{"_scopec_flag", {"name"}};
        FailureOr<BoundArgs> a = rt.interp.bind(sig, args);
        if (failed(a))
          return failure();
        FailureOr<std::string> name =
            rt.interp.toStr((*a)["name"], args.loc, "name");
        if (failed(name))
          return failure();
        rt.definedFlags.push_back(*name);
        Value o = Value::none();
        for (const auto &[n, v] : rt.interp.getOptions().flagValues)
          if (n == *name)
            o = Value::str(v);
        return o;
      }));
  tf->add("get_variable", fn("get_variable", tfGetVariable));
  tf->add("_scopec_get_single_variable",
          fn("_get_single_variable", tfGetSingleVariable));
  tf->add("_scopec_variable_exists",
          fn("_scopec_variable_exists", tfVariableExists));
  tf->add("_scopec_accepts_keyword",
          fn("_scopec_accepts_keyword", tfAcceptsKeyword));
  tf->add("register_tensor_conversion_function",
          fn("register_tensor_conversion_function",
             tfRegisterTensorConversion));
  tf->add("Variable", fn("Variable", tfVariable));
  tf->add("variable_scope", fn("variable_scope", makeVariableScope));
  tf->add("name_scope", fn("name_scope", makeNameScope));
  tf->add("get_variable_scope", fn("get_variable_scope", tfGetVariableScope));
  tf->add("placeholder", fn("placeholder", tfPlaceholder));
  tf->add("placeholder_with_default",
          fn("placeholder_with_default", tfPlaceholderWithDefault));
  tf->add("get_static_value", fn("get_static_value", tfGetStaticValue));
  for (const char *kind : {"Assign", "AssignAdd", "AssignSub"}) {
    std::string py = kind == std::string("Assign")      ? "assign"
                     : kind == std::string("AssignAdd") ? "assign_add"
                                                        : "assign_sub";
    tf->add(
        py,
        Interpreter::native(
            py,
            [this, kind, py](Interpreter &in,
                             CallArgs &args) -> FailureOr<Value> {
              Signature sig{py, {"ref", "value", "validate_shape=",
                                 "use_locking=", "name="}};
              FailureOr<BoundArgs> bound = in.bind(sig, args);
              if (failed(bound))
                return failure();
              BoundArgs &a = *bound;
              return tfAssign(*this, kind, a["ref"], a["value"], a["name"],
                              args.loc);
            }));
  }
  for (const char *kind : {"Shape", "Size", "Rank"}) {
    std::string py = llvm::StringRef(kind).lower();
    tf->add(py,
            Interpreter::native(py, [this, kind](Interpreter &, CallArgs &a) {
              return tfShapeOf(*this, kind, a);
            }));
  }
  tf->add("constant", fn("constant", tfConstant));
  tf->add("get_collection", fn("get_collection", tfGetCollection));
  tf->add("add_to_collection", fn("add_to_collection", tfAddToCollection));
  tf->add("trainable_variables",
          fn("trainable_variables", tfTrainableVariables));
  tf->add("global_variables", fn("global_variables", tfGlobalVariables));
  tf->add("all_variables", fn("all_variables", tfGlobalVariables));
  for (const char *k : {"zeros", "ones"}) {
    std::string kind = k;
    tf->add(kind,
            Interpreter::native(kind, [p, kind](Interpreter &, CallArgs &a) {
              return tfFill(*p, kind, a);
            }));
  }
  for (const char *k : {"random_normal", "random_uniform", "truncated_normal"}) {
    std::string kind = k;
    tf->add(kind,
            Interpreter::native(kind, [p, kind](Interpreter &, CallArgs &a) {
              return tfRandom(*p, kind, a);
            }));
  }
  struct InitName {
    const char *fnName;
    const char *className;
    const char *kind;
  };
  static const InitName initNames[] = {
      {"constant_initializer", "constant", "constant"},
      {"zeros_initializer", "zeros", "zeros"},
      {"ones_initializer", "ones", "ones"},
      {"random_normal_initializer", "random_normal", "random_normal"},
      {"random_uniform_initializer", "random_uniform", "random_uniform"},
      {"truncated_normal_initializer", "truncated_normal", "truncated_normal"},
      {"glorot_uniform_initializer", "glorot_uniform", "glorot_uniform"},
      {"glorot_normal_initializer", "glorot_normal", "glorot_normal"},
      {"variance_scaling_initializer", "variance_scaling",
       "variance_scaling"}};
  for (const InitName &n : initNames) {
    std::string kind = n.kind;
    Value ctor =
        Interpreter::native(n.fnName, [p, kind](Interpreter &, CallArgs &a) {
          return tfInitializer(*p, kind, a);
        });
    tf->add(n.fnName, ctor);
    inits->add(n.className, ctor);
  }
  inits->add(
      "he_normal",
      Interpreter::native(
          "he_normal", [p](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
            // TF 1.15's init_ops.he_normal(seed=None).
            static const Signature sig{"he_normal", {"seed="}};
            FailureOr<BoundArgs> bound = in.bind(sig, a);
            if (failed(bound))
              return failure();
            CallArgs b;
            b.loc = a.loc;
            b.kw = {{"scale", Value::real(2.0)},
                    {"mode", Value::str("fan_in")},
                    {"distribution", Value::str("truncated_normal")},
                    {"seed", (*bound)["seed"]}};
            return tfInitializer(*p, "variance_scaling", b);
          }));
  for (auto &[n, d] : std::initializer_list<std::pair<const char *, DType>>{
           {"float32", DType::F32}, {"float64", DType::F64},
           {"double", DType::F64},  {"int32", DType::I32},
           {"int64", DType::I64},   {"bool", DType::Bool},
           {"float16", DType::F16}, {"half", DType::F16},
           {"int8", DType::I8},     {"uint8", DType::U8},
           {"int16", DType::I16},   {"string", DType::Str}})
    tf->add(n, dtypeValue(d));
  tf->add("AUTO_REUSE", autoReuse);
  tf->add("newaxis", Value::none()); // TF 1.15: tf.newaxis = None
  tf->add("__version__", Value::str("1.15.0"));
  tf->add(
      "device",
      Interpreter::native(
          "device", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
            static const Signature sig{"device", {"device_name_or_function"}};
            if (failed(in.bind(sig, a)))
              return failure();
            return Value::object(
                std::make_shared<ContextManagerObj>(CMKind::Device));
          }));
  tf->add(
      "TensorShape",
      Interpreter::native(
          "TensorShape", [p](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
            static const Signature sig{"TensorShape.__init__",
                                       {"self", "dims"}};
            FailureOr<BoundArgs> b = in.bindMethod(sig, Value::none(), a);
            if (failed(b))
              return failure();
            FailureOr<Shape> s = p->toShape((*b)["dims"], a.loc, true, "dims");
            if (failed(s))
              return failure();
            return Value::object(std::make_shared<TensorShapeObj>(*s));
          }));
  tf->add(
      "Dimension",
      Interpreter::native(
          "Dimension", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
            static const Signature sig{"Dimension.__init__", {"self", "value"}};
            FailureOr<BoundArgs> b = in.bindMethod(sig, Value::none(), a);
            if (failed(b))
              return failure();
            int64_t v = -1;
            if (!(*b)["value"].isNone()) {
              FailureOr<int64_t> n = in.toInt((*b)["value"], a.loc, "value");
              if (failed(n))
                return failure();
              v = *n;
            }
            return Value::object(std::make_shared<DimensionObj>(v));
          }));
  tf->add(
      "as_dtype",
      Interpreter::native(
          "as_dtype", [p](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
            static const Signature sig{"as_dtype", {"type_value"}};
            FailureOr<BoundArgs> b = in.bind(sig, a);
            if (failed(b))
              return failure();
            FailureOr<DType> d = p->toDType((*b)["type_value"], a.loc);
            if (failed(d))
              return failure();
            return dtypeValue(*d);
          }));
  // Types a model tests with isinstance and never constructs.
  for (const char *k : {"Tensor", "VariableScope"}) {
    std::string kind = k;
    tf->add(kind,
            Interpreter::native(
                kind, [kind](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                  return in.error(a.loc, "tf." + kind +
                                             " cannot be constructed directly");
                }));
  }
  auto math = std::make_shared<ModuleObj>("tensorflow.math");
  registerOps(*this, *tf, *nn, *math);
  tf->add("math", Value::object(math));

  // GraphKeys.
  static const std::pair<const char *, const char *> graphKeys[] = {
      {"GLOBAL_VARIABLES", "variables"},
      {"TRAINABLE_VARIABLES", "trainable_variables"},
      {"LOCAL_VARIABLES", "local_variables"},
      {"MODEL_VARIABLES", "model_variables"},
      {"UPDATE_OPS", "update_ops"},
      {"REGULARIZATION_LOSSES", "regularization_losses"},
      {"LOSSES", "losses"},
      {"SUMMARIES", "summaries"},
      {"WEIGHTS", "weights"},
      {"BIASES", "biases"},
      {"ACTIVATIONS", "activations"},
      {"VARIABLES", "variables"},
      {"GLOBAL_STEP", "global_step"},
      {"TRAIN_OP", "train_op"},
      {"SAVERS", "savers"},
      {"QUEUE_RUNNERS", "queue_runners"},
      {"INIT_OP", "init_op"},
      {"LOCAL_INIT_OP", "local_init_op"},
      {"SUMMARY_OP", "summary_op"},
      {"MOVING_AVERAGE_VARIABLES", "moving_average_variables"}};
  for (auto &[k, v] : graphKeys)
    keys->add(k, Value::str(v));
  tf->add("GraphKeys", Value::object(keys));
  tf->add("nn", Value::object(nn));
  tf->add("initializers", Value::object(inits));
  // Its submodules are the prelude's (_scopec_tensorflow.py); what it
  // does not build says so.
  auto keras = std::make_shared<ModuleObj>("tensorflow.keras");
  for (const char *n : {"Sequential", "Model", "models"})
    keras->unsupported[n] =
        std::string("tf.keras.") + n +
        " is not supported by scopec: it compiles graph-mode models whose "
        "tf.keras.layers are called on tensors (Sequential and Model are "
        "not built)";
  for (const char *n : {"optimizers", "losses", "metrics", "callbacks"})
    keras->unsupported[n] = std::string("tf.keras.") + n +
                            " is not supported: scopec compiles inference "
                            "graphs only (no training)";
  for (const char *n : {"backend", "activations", "utils", "applications",
                        "datasets", "preprocessing", "estimator", "wrappers",
                        "experimental", "mixed_precision"})
    keras->unsupported[n] =
        std::string("tf.keras.") + n + " is not supported by scopec";
  tf->add("keras", Value::object(keras));
  compat->add("v1", Value::object(tf));
  tf->add("compat", Value::object(compat));

  // Known TF API that scopec refuses, with the reason.
  const std::string session =
      " is not supported: scopec builds the graph at compile time and runs "
      "it as compiled code (remove the session code; variables are "
      "initialized when the compiled program starts)";
  for (const char *n : {"Session", "InteractiveSession"})
    tf->unsupported[n] = std::string("tf.") + n + session;
  for (const char *n : {"global_variables_initializer", "initialize_all_variables",
                        "local_variables_initializer", "variables_initializer",
                        "tables_initializer"})
    tf->unsupported[n] =
        std::string("tf.") + n +
        " is not supported: scopec initializes every variable when the "
        "compiled program starts (remove the initializer and session code)";
  // File access: the sandbox (docs/user-guide.md, "Compiling untrusted
  // model files").
  for (const char *n :
       {"gfile", "read_file", "write_file", "matching_files", "load_op_library",
        "load_file_system_library", "python_io", "WholeFileReader",
        "TextLineReader", "TFRecordReader", "FixedLengthRecordReader",
        "IdentityReader", "ReaderBase"})
    tf->unsupported[n] = std::string("tf.") + n +
                         " is not supported by scopec: model files cannot "
                         "access the file system";
  for (const char *n : {"train",
                        "gradients",
                        "losses",
                        "metrics",
                        "optimizers",
                        "estimator",
                        "data",
                        "saved_model",
                        "logging",
                        "io",
                        "random",
                        "linalg",
                        "sparse",
                        "string",
                        "strings",
                        "cond",
                        "py_func",
                        "numpy_function",
                        "stack",
                        "unstack",
                        "slice",
                        "strided_slice",
                        "one_hot",
                        "zeros_like",
                        "ones_like",
                        "boolean_mask",
                        "tensordot",
                        "py_function",
                        "function",
                        "no_op",
                        "group",
                        "tuple",
                        "variable_op_scope",
                        "op_scope",
                        "set_random_seed",
                        "sparse_placeholder",
                        "global_step",
                        "keras_layers"}) {
    std::string name = n;
    if (name == "set_random_seed")
      tf->unsupported[name] = "tf.set_random_seed is not supported: random "
                              "initial values derive from scopec's --seed";
    else if (name == "train" || name == "gradients" || name == "losses" ||
             name == "metrics" || name.rfind("assign", 0) == 0 ||
             name == "optimizers")
      tf->unsupported[name] = "tf." + name +
                              " is not supported: scopec compiles inference "
                              "graphs only (no training)";
    else
      tf->unsupported[name] = "tf." + name + " is not supported by scopec";
  }
  // What the prelude does not write either.
  for (const char *n : {"conv3d", "bidirectional_dynamic_rnn",
                        "static_bidirectional_rnn", "raw_rnn"})
    nn->unsupported[n] = std::string("tf.nn.") + n +
                         " is not supported by scopec";
  tfModule = Value::object(tf);
}
