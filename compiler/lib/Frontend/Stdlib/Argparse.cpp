//===- Argparse.cpp - The `argparse` module -------------------------------===//
//
// Model files often build a parser at module level and call
// `parser.parse_args()` (the hyperparameters are its defaults). scopec runs
// the model with no command-line arguments (sys.argv is the model path
// only), so parse_args() gives the Namespace of the defaults, as CPython
// does for a program run without arguments: `store_true` is False,
// `store_false` True, a string default goes through `type`, set_defaults()
// applies, SUPPRESS leaves the attribute out. A required argument is a
// located error (CPython would print the usage and exit). Parsing an
// explicit non-empty argument list, subcommands and the help output are
// not supported.
//
//===----------------------------------------------------------------------===//

#include "Support.h"

#include "../Classes.h"

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;

namespace {

const char kSuppress[] = "==SUPPRESS==";

/// A native class `argparse.<name>` (a failure after reporting).
FailureOr<Value>
argparseClass(Interpreter &in, const std::string &name,
              std::vector<std::pair<const char *, NativeFn>> methods) {
  AttrDict dict;
  dict.set("__module__", Value::str("argparse"));
  for (auto &[n, fn] : methods)
    dict.set(n, Interpreter::native(n, std::move(fn)));
  FailureOr<Value> cls = in.makeClass(name, {}, std::move(dict), SrcLoc{});
  if (failed(cls))
    return failure();
  cls->as<ClassObj>()->module = "argparse";
  return cls;
}

/// The parser's arguments: a list of (dest, default, required, name)
/// tuples in its instance dictionary.
std::vector<Value> &actions(const Value &parser) {
  return parser.as<InstanceObj>()->dict.find("_scopec_actions")->items();
}

/// The keyword `name` of a call's `**kwargs`, or nothing.
std::optional<Value> keyword(const BoundArgs &a, llvm::StringRef name) {
  for (auto &[k, v] : a.kwargs())
    if (k == name)
      return v;
  return std::nullopt;
}

/// parser.add_argument(*name_or_flags, **kwargs).
FailureOr<Value> addArgument(Interpreter &in, CallArgs &args) {
  static const Signature sig{"_ActionsContainer.add_argument",
                             {"self", "*args", "**kwargs"}};
  FailureOr<BoundArgs> bound = in.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  // What argparse's _get_positional_kwargs says when there is no name.
  if (a.args().empty())
    return in.raise(args.loc, "TypeError",
                    "_ActionsContainer._get_positional_kwargs() missing 1 "
                    "required positional argument: 'dest'");
  std::vector<std::string> names;
  for (const Value &v : a.args()) {
    FailureOr<std::string> n = in.toStr(v, args.loc, "argument name");
    if (failed(n))
      return failure();
    names.push_back(*n);
  }
  bool positional = names[0].empty() || names[0][0] != '-';
  std::string dest = names[0];
  if (!positional) {
    dest.clear();
    for (const std::string &n : names)
      if (llvm::StringRef(n).starts_with("--") && dest.empty())
        dest = n.substr(2);
    if (dest.empty())
      dest = llvm::StringRef(names[0]).ltrim('-').str();
    std::replace(dest.begin(), dest.end(), '-', '_');
  }
  if (std::optional<Value> destArg = keyword(a, "dest")) {
    FailureOr<std::string> s = in.toStr(*destArg, args.loc, "dest");
    if (failed(s))
      return failure();
    dest = *s;
  }
  std::string action;
  if (std::optional<Value> actionArg = keyword(a, "action");
      actionArg && !actionArg->isNone()) {
    FailureOr<std::string> s = in.toStr(*actionArg, args.loc, "action");
    if (failed(s))
      return failure();
    action = *s;
  }
  if (action == "help" || action == "version")
    return Value::none();
  std::optional<Value> dfltArg = keyword(a, "default");
  Value dflt = dfltArg.value_or(Value::none());
  if (!dfltArg && action == "store_true")
    dflt = Value::boolean(false);
  else if (!dfltArg && action == "store_false")
    dflt = Value::boolean(true);
  Value nargs = keyword(a, "nargs").value_or(Value::none());
  bool optionalPositional =
      nargs.isStr() && (nargs.getStr() == "?" || nargs.getStr() == "*");
  if (positional && nargs.isStr() && nargs.getStr() == "*" && dflt.isNone())
    dflt = Value::list();
  bool required = positional && !optionalPositional;
  if (std::optional<Value> req = keyword(a, "required"); req && !positional) {
    FailureOr<bool> r = in.isTrue(*req, args.loc);
    if (failed(r))
      return failure();
    required = *r;
  }
  // A string default goes through `type`, as argparse does.
  std::optional<Value> type = keyword(a, "type");
  if (type && !type->isNone() && dflt.isStr() && dflt.getStr() != kSuppress) {
    FailureOr<Value> converted = callWith(in, *type, {dflt}, args.loc);
    if (failed(converted))
      return failure();
    dflt = *converted;
  }
  actions(a["self"]).push_back(
      Value::tuple({Value::str(dest), dflt, Value::boolean(required),
                    Value::str(positional ? dest : names[0])}));
  return Value::none();
}

/// parser.set_defaults(**kwargs).
FailureOr<Value> setDefaults(Interpreter &in, CallArgs &args) {
  static const Signature sig{"_ActionsContainer.set_defaults",
                             {"self", "**kwargs"}};
  FailureOr<BoundArgs> bound = in.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  for (auto &[k, v] : a.kwargs()) {
    bool found = false;
    for (Value &act : actions(a["self"])) {
      std::vector<Value> t = act.items();
      if (t[0].getStr() == k) {
        t[1] = v;
        act = Value::tuple(std::move(t));
        found = true;
      }
    }
    if (!found)
      actions(a["self"]).push_back(Value::tuple(
          {Value::str(k), v, Value::boolean(false), Value::str(k)}));
  }
  return Value::none();
}

/// The Namespace of the defaults (parse_args with no arguments).
FailureOr<Value> parseArgs(Interpreter &in, const Signature &sig, CallArgs &a,
                           const Value &namespaceClass) {
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &v = *bound;
  if (v.given("args") && !v["args"].isNone()) {
    FailureOr<std::vector<Value>> args = in.toList(v["args"], a.loc);
    if (failed(args))
      return failure();
    if (!args->empty())
      return in.error(a.loc, "argparse: parsing an explicit argument list is "
                             "not supported by scopec (it runs the model "
                             "with the defaults)");
  }
  Value ns = v.given("namespace") && !v["namespace"].isNone()
                 ? v["namespace"]
                 : Value::object(std::make_shared<InstanceObj>(namespaceClass));
  std::vector<std::string> missing;
  for (const Value &act : actions(v["self"])) {
    auto &t = act.items();
    if (t[2].getBool())
      missing.push_back(t[3].getStr());
    else if (!(t[1].isStr() && t[1].getStr() == kSuppress) &&
             failed(in.setAttr(ns, t[0].getStr(), t[1], a.loc)))
      return failure();
  }
  if (!missing.empty()) {
    std::string list;
    for (const std::string &m : missing)
      list += (list.empty() ? "" : ", ") + m;
    return in.error(a.loc, "argparse: the following arguments are required: " +
                               list + " (scopec runs the model with no "
                                      "command-line arguments)");
  }
  return ns;
}

/// `Namespace(a=1, b='x')`, attributes in the order they were set.
FailureOr<Value> namespaceRepr(Interpreter &in, CallArgs &args) {
  static const Signature sig{"Namespace.__repr__", {"self"}};
  FailureOr<BoundArgs> a = in.bind(sig, args);
  if (failed(a))
    return failure();
  AttrDict &d = (*a)["self"].as<InstanceObj>()->dict;
  const std::vector<std::string> &names = d.order;
  std::string s = "Namespace(";
  for (size_t i = 0; i < names.size(); ++i)
    s += (i ? ", " : "") + names[i] + "=" + repr(*d.find(names[i]));
  return Value::str(s + ")");
}

/// A parser method scopec does not provide (help output, subcommands,
/// exiting).
NativeFn refused(const char *name) {
  return [name](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    return in.error(a.loc, std::string("ArgumentParser.") + name +
                               "() is not supported by scopec");
  };
}

} // namespace

Value stdlib::makeArgparse(Interpreter &in) {
  auto m = newModule("argparse");
  FailureOr<Value> ns = argparseClass(
      in, "Namespace",
      {{"__scopec_new__",
        [](Interpreter &in, CallArgs &args) -> FailureOr<Value> {
          static const Signature sig{"Namespace.__init__", {"cls", "**kwargs"}};
          FailureOr<BoundArgs> bound = in.bind(sig, args);
          if (failed(bound))
            return failure();
          BoundArgs &a = *bound;
          Value out = Value::object(std::make_shared<InstanceObj>(a["cls"]));
          for (auto &[k, v] : a.kwargs())
            if (failed(in.setAttr(out, k, v, args.loc)))
              return failure();
          return out;
        }},
       {"__repr__", namespaceRepr}});
  if (failed(ns))
    return Value::none();
  // Groups add their arguments to the parser itself; their arguments are
  // checked as argparse's group classes do.
  auto group = [](Interpreter &in, CallArgs &args) -> FailureOr<Value> {
    static const Signature sig{
        "_ArgumentGroup.__init__",
        {"self", "container", "title=", "description=", "**kwargs"}};
    // add_argument_group(self, *args, **kwargs) makes
    // _ArgumentGroup(self, *args, **kwargs).
    CallArgs init = args;
    if (!init.pos.empty())
      init.pos.insert(init.pos.begin(), init.pos.front());
    static const Signature containerSig{"_ActionsContainer.__init__",
                                        {"self", "description", "prefix_chars",
                                         "argument_default",
                                         "conflict_handler"}};
    FailureOr<BoundArgs> bound = in.bind(sig, init);
    if (failed(bound))
      return failure();
    BoundArgs &a = *bound;
    // Then super().__init__(description=description, **kwargs), the
    // container's settings filling the kwargs it lacks.
    CallArgs containerArgs;
    containerArgs.loc = args.loc;
    containerArgs.pos = {a["self"]};
    containerArgs.kw = {{"description", a["description"]}};
    containerArgs.kw.insert(containerArgs.kw.end(), a.kwargs().begin(),
                            a.kwargs().end());
    for (const char *setting :
         {"conflict_handler", "prefix_chars", "argument_default"})
      if (llvm::none_of(a.kwargs(),
                        [&](const auto &kw) { return kw.first == setting; }))
        containerArgs.kw.emplace_back(setting, Value::none());
    if (failed(in.bind(containerSig, containerArgs)))
      return failure();
    return a["self"];
  };
  auto exclusiveGroup = [](Interpreter &in,
                           CallArgs &args) -> FailureOr<Value> {
    static const Signature sig{"_ActionsContainer.add_mutually_exclusive_group",
                               {"self", "**kwargs"}};
    static const Signature init{"_MutuallyExclusiveGroup.__init__",
                                {"self", "container", "required="}};
    FailureOr<BoundArgs> bound = in.bind(sig, args);
    if (failed(bound))
      return failure();
    BoundArgs &a = *bound;
    CallArgs initArgs;
    initArgs.loc = args.loc;
    initArgs.pos = {a["self"], a["self"]};
    initArgs.kw = a.kwargs();
    if (failed(in.bind(init, initArgs)))
      return failure();
    return a["self"];
  };
  Value nsClass = *ns;
  FailureOr<Value> parser = argparseClass(
      in, "ArgumentParser",
      {{"__scopec_new__",
        [](Interpreter &in, CallArgs &args) -> FailureOr<Value> {
          static const Signature sig{
              "ArgumentParser.__init__",
              {"cls", "prog=", "usage=", "description=", "epilog=", "parents=",
               "formatter_class=", "prefix_chars=", "fromfile_prefix_chars=",
               "argument_default=", "conflict_handler=", "add_help=",
               "allow_abbrev=", "exit_on_error="}};
          FailureOr<BoundArgs> a = in.bind(sig, args);
          if (failed(a))
            return failure();
          auto inst = std::make_shared<InstanceObj>((*a)["cls"]);
          inst->dict.set("_scopec_actions", Value::list());
          return Value::object(inst);
        }},
       {"add_argument", addArgument},
       {"set_defaults", setDefaults},
       // Groups add their arguments to the parser itself.
       {"add_argument_group", group},
       {"add_mutually_exclusive_group", exclusiveGroup},
       {"parse_args",
        [nsClass](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
          static const Signature sig{"ArgumentParser.parse_args",
                                     {"self", "args=", "namespace="}};
          return parseArgs(in, sig, a, nsClass);
        }},
       {"print_help", refused("print_help")},
       {"print_usage", refused("print_usage")},
       {"format_help", refused("format_help")},
       {"format_usage", refused("format_usage")},
       {"add_subparsers", refused("add_subparsers")},
       {"error", refused("error")},
       {"exit", refused("exit")},
       {"parse_known_args",
        [nsClass](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
          static const Signature sig{"ArgumentParser.parse_known_args",
                                     {"self", "args=", "namespace="}};
          FailureOr<Value> parsed = parseArgs(in, sig, a, nsClass);
          if (failed(parsed))
            return failure();
          return Value::tuple({*parsed, Value::list()});
        }}});
  if (failed(parser))
    return Value::none();
  m->add("ArgumentParser", *parser);
  m->add("Namespace", nsClass);
  m->add("SUPPRESS", Value::str(kSuppress));
  // The formatter classes, passed as `formatter_class=` and unused (there
  // is no help output).
  for (const char *name : {"HelpFormatter", "ArgumentDefaultsHelpFormatter",
                           "RawTextHelpFormatter",
                           "RawDescriptionHelpFormatter"}) {
    FailureOr<Value> cls = argparseClass(in, name, {});
    if (failed(cls))
      return Value::none();
    m->add(name, *cls);
  }
  return Value::object(m);
}
