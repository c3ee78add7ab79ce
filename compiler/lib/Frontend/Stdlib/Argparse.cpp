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

/// A native class `argparse.<name>`.
Value argparseClass(Interpreter &in, const std::string &name,
                    std::vector<std::pair<const char *, NativeFn>> methods) {
  AttrDict dict;
  dict.set("__module__", Value::str("argparse"));
  for (auto &[n, fn] : methods)
    dict.set(n, Interpreter::native(n, std::move(fn)));
  Value cls;
  if (!in.makeClass(name, {}, std::move(dict), SrcLoc{}, cls))
    return Value::none();
  cls.as<ClassObj>()->module = "argparse";
  return cls;
}

/// The parser's arguments: a list of (dest, default, required, name)
/// tuples in its instance dictionary.
std::vector<Value> &actions(const Value &parser) {
  return parser.as<InstanceObj>()->dict.find("_scopec_actions")->items();
}

/// The keyword `name` of a call's `**kwargs`, or None.
Value keyword(const BoundArgs &a, llvm::StringRef name, bool &present) {
  for (auto &[k, v] : a.kwargs())
    if (k == name) {
      present = true;
      return v;
    }
  present = false;
  return Value::none();
}

/// parser.add_argument(*name_or_flags, **kwargs).
bool addArgument(Interpreter &in, CallArgs &args, Value &out) {
  static const Signature sig{"_ActionsContainer.add_argument",
                             {"self", "*args", "**kwargs"}};
  BoundArgs a;
  if (!in.bind(sig, args, a))
    return false;
  // What argparse's _get_positional_kwargs says when there is no name.
  if (a.args().empty())
    return in.raise(args.loc, "TypeError",
                    "_ActionsContainer._get_positional_kwargs() missing 1 "
                    "required positional argument: 'dest'");
  std::vector<std::string> names;
  for (const Value &v : a.args()) {
    std::string n;
    if (!in.toStr(v, args.loc, n, "argument name"))
      return false;
    names.push_back(n);
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
  bool has;
  Value destArg = keyword(a, "dest", has);
  if (has && !in.toStr(destArg, args.loc, dest, "dest"))
    return false;
  std::string action;
  Value actionArg = keyword(a, "action", has);
  if (has && !actionArg.isNone() &&
      !in.toStr(actionArg, args.loc, action, "action"))
    return false;
  if (action == "help" || action == "version") {
    out = Value::none();
    return true;
  }
  Value dflt = keyword(a, "default", has);
  if (!has && action == "store_true")
    dflt = Value::boolean(false);
  else if (!has && action == "store_false")
    dflt = Value::boolean(true);
  Value nargs = keyword(a, "nargs", has);
  bool optionalPositional =
      nargs.isStr() && (nargs.getStr() == "?" || nargs.getStr() == "*");
  if (positional && nargs.isStr() && nargs.getStr() == "*" && dflt.isNone())
    dflt = Value::list();
  bool required = positional && !optionalPositional;
  Value req = keyword(a, "required", has);
  if (has && !positional && !in.isTrue(req, args.loc, required))
    return false;
  // A string default goes through `type`, as argparse does.
  Value type = keyword(a, "type", has);
  if (has && !type.isNone() && dflt.isStr() && dflt.getStr() != kSuppress &&
      !callWith(in, type, {dflt}, args.loc, dflt))
    return false;
  actions(a["self"]).push_back(
      Value::tuple({Value::str(dest), dflt, Value::boolean(required),
                    Value::str(positional ? dest : names[0])}));
  out = Value::none();
  return true;
}

/// parser.set_defaults(**kwargs).
bool setDefaults(Interpreter &in, CallArgs &args, Value &out) {
  static const Signature sig{"_ActionsContainer.set_defaults",
                             {"self", "**kwargs"}};
  BoundArgs a;
  if (!in.bind(sig, args, a))
    return false;
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
  out = Value::none();
  return true;
}

/// The Namespace of the defaults (parse_args with no arguments).
bool parseArgs(Interpreter &in, const Signature &sig, CallArgs &a, Value &out,
               const Value &namespaceClass) {
  BoundArgs v;
  if (!in.bind(sig, a, v))
    return false;
  if (v.given("args") && !v["args"].isNone()) {
    std::vector<Value> args;
    if (!in.toList(v["args"], a.loc, args))
      return false;
    if (!args.empty())
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
             !in.setAttr(ns, t[0].getStr(), t[1], a.loc))
      return false;
  }
  if (!missing.empty()) {
    std::string list;
    for (const std::string &m : missing)
      list += (list.empty() ? "" : ", ") + m;
    return in.error(a.loc, "argparse: the following arguments are required: " +
                               list + " (scopec runs the model with no "
                                      "command-line arguments)");
  }
  out = ns;
  return true;
}

/// `Namespace(a=1, b='x')`, attributes in the order they were set.
bool namespaceRepr(Interpreter &in, CallArgs &args, Value &out) {
  static const Signature sig{"Namespace.__repr__", {"self"}};
  BoundArgs a;
  if (!in.bind(sig, args, a))
    return false;
  AttrDict &d = a["self"].as<InstanceObj>()->dict;
  const std::vector<std::string> &names = d.order;
  std::string s = "Namespace(";
  for (size_t i = 0; i < names.size(); ++i)
    s += (i ? ", " : "") + names[i] + "=" + repr(*d.find(names[i]));
  out = Value::str(s + ")");
  return true;
}

/// A parser method scopec does not provide (help output, subcommands,
/// exiting).
NativeFn refused(const char *name) {
  return [name](Interpreter &in, CallArgs &a, Value &) {
    return in.error(a.loc, std::string("ArgumentParser.") + name +
                               "() is not supported by scopec");
  };
}

} // namespace

Value stdlib::makeArgparse(Interpreter &in) {
  auto m = newModule("argparse");
  Value ns = argparseClass(
      in, "Namespace",
      {{"__scopec_new__",
        [](Interpreter &in, CallArgs &args, Value &out) {
          static const Signature sig{"Namespace.__init__", {"cls", "**kwargs"}};
          BoundArgs a;
          if (!in.bind(sig, args, a))
            return false;
          out = Value::object(std::make_shared<InstanceObj>(a["cls"]));
          for (auto &[k, v] : a.kwargs())
            if (!in.setAttr(out, k, v, args.loc))
              return false;
          return true;
        }},
       {"__repr__", namespaceRepr}});
  if (ns.isNone())
    return Value::none();
  // Groups add their arguments to the parser itself; their arguments are
  // checked as argparse's group classes do.
  auto group = [](Interpreter &in, CallArgs &args, Value &out) {
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
    BoundArgs a, c;
    if (!in.bind(sig, init, a))
      return false;
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
    if (!in.bind(containerSig, containerArgs, c))
      return false;
    out = a["self"];
    return true;
  };
  auto exclusiveGroup = [](Interpreter &in, CallArgs &args, Value &out) {
    static const Signature sig{"_ActionsContainer.add_mutually_exclusive_group",
                               {"self", "**kwargs"}};
    static const Signature init{"_MutuallyExclusiveGroup.__init__",
                                {"self", "container", "required="}};
    BoundArgs a, g;
    if (!in.bind(sig, args, a))
      return false;
    CallArgs initArgs;
    initArgs.loc = args.loc;
    initArgs.pos = {a["self"], a["self"]};
    initArgs.kw = a.kwargs();
    if (!in.bind(init, initArgs, g))
      return false;
    out = a["self"];
    return true;
  };
  Value parser = argparseClass(
      in, "ArgumentParser",
      {{"__scopec_new__",
        [](Interpreter &in, CallArgs &args, Value &out) {
          static const Signature sig{
              "ArgumentParser.__init__",
              {"cls", "prog=", "usage=", "description=", "epilog=", "parents=",
               "formatter_class=", "prefix_chars=", "fromfile_prefix_chars=",
               "argument_default=", "conflict_handler=", "add_help=",
               "allow_abbrev=", "exit_on_error="}};
          BoundArgs a;
          if (!in.bind(sig, args, a))
            return false;
          auto inst = std::make_shared<InstanceObj>(a["cls"]);
          inst->dict.set("_scopec_actions", Value::list());
          out = Value::object(inst);
          return true;
        }},
       {"add_argument", addArgument},
       {"set_defaults", setDefaults},
       // Groups add their arguments to the parser itself.
       {"add_argument_group", group},
       {"add_mutually_exclusive_group", exclusiveGroup},
       {"parse_args",
        [ns](Interpreter &in, CallArgs &a, Value &out) {
          static const Signature sig{"ArgumentParser.parse_args",
                                     {"self", "args=", "namespace="}};
          return parseArgs(in, sig, a, out, ns);
        }},
       {"print_help", refused("print_help")},
       {"print_usage", refused("print_usage")},
       {"format_help", refused("format_help")},
       {"format_usage", refused("format_usage")},
       {"add_subparsers", refused("add_subparsers")},
       {"error", refused("error")},
       {"exit", refused("exit")},
       {"parse_known_args", [ns](Interpreter &in, CallArgs &a, Value &out) {
          static const Signature sig{"ArgumentParser.parse_known_args",
                                     {"self", "args=", "namespace="}};
          Value parsed;
          if (!parseArgs(in, sig, a, parsed, ns))
            return false;
          out = Value::tuple({parsed, Value::list()});
          return true;
        }}});
  if (parser.isNone())
    return Value::none();
  m->add("ArgumentParser", parser);
  m->add("Namespace", ns);
  m->add("SUPPRESS", Value::str(kSuppress));
  // The formatter classes, passed as `formatter_class=` and unused (there
  // is no help output).
  for (const char *name : {"HelpFormatter", "ArgumentDefaultsHelpFormatter",
                           "RawTextHelpFormatter",
                           "RawDescriptionHelpFormatter"}) {
    Value cls = argparseClass(in, name, {});
    if (cls.isNone())
      return Value::none();
    m->add(name, cls);
  }
  return Value::object(m);
}
