//===- Signature.cpp - Binding native arguments by name -------------------===//
//
// The argument checks of CPython 3.11 in their order: ceval.c's
// initialize_locals for functions written in Python, getargs.c
// (_PyArg_CheckPositional, _PyArg_UnpackKeywords, vgetargskeywords) and the
// METH_O/METH_NOARGS calls of methodobject.c for functions written in C.
//
//===----------------------------------------------------------------------===//

#include "Interpreter.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/ErrorHandling.h"

#include <cassert>

using namespace scopec::frontend;

namespace {

std::string plural(size_t n, llvm::StringRef word) {
  return std::to_string(n) + " " + word.str() + (n == 1 ? "" : "s");
}

/// 'a', 'a' and 'b', 'a', 'b', and 'c' (CPython's format_missing).
std::string quotedList(const std::vector<std::string> &names) {
  std::string list;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i)
      list += i + 1 == names.size() ? (names.size() > 2 ? ", and " : " and ")
                                    : ", ";
    list += "'" + names[i] + "'";
  }
  return list;
}

} // namespace

std::string scopec::frontend::tooManyPositionalMessage(llvm::StringRef name,
                                                       size_t required,
                                                       size_t total,
                                                       size_t given,
                                                       size_t kwOnlyGiven) {
  bool hasDefaults = required != total;
  std::string takes = hasDefaults ? "from " + std::to_string(required) +
                                        " to " + std::to_string(total)
                                  : std::to_string(total);
  std::string msg = name.str() + "() takes " + takes + " positional argument" +
                    (hasDefaults || total != 1 ? "s" : "") + " but " +
                    std::to_string(given);
  if (kwOnlyGiven)
    msg += std::string(" positional argument") + (given != 1 ? "s" : "") +
           " (and " + plural(kwOnlyGiven, "keyword-only argument") + ")";
  return msg + (given == 1 && !kwOnlyGiven ? " was" : " were") + " given";
}

std::string scopec::frontend::missingArgumentsMessage(
    llvm::StringRef name, llvm::StringRef what,
    const std::vector<std::string> &names) {
  return name.str() + "() missing " + std::to_string(names.size()) +
         " required " + what.str() + " argument" +
         (names.size() == 1 ? "" : "s") + ": " + quotedList(names);
}

//===----------------------------------------------------------------------===//
// Signature
//===----------------------------------------------------------------------===//

Signature::Signature(std::string name,
                     std::initializer_list<const char *> specs, ArgStyle style)
    : name(std::move(name)), style(style) {
  llvm::SmallVector<llvm::StringRef> refs(specs.begin(), specs.end());
  parse(refs);
}

Signature::Signature(std::string name, llvm::ArrayRef<std::string> specs,
                     ArgStyle style)
    : name(std::move(name)), style(style) {
  llvm::SmallVector<llvm::StringRef> refs(specs.begin(), specs.end());
  parse(refs);
}

void Signature::parse(llvm::ArrayRef<llvm::StringRef> specs) {
  Kind kind = Kind::Normal;
  for (llvm::StringRef spec : specs) {
    if (spec == "/") {
      assert(kind == Kind::Normal && "'/' after '*'");
      for (Param &p : params)
        p.kind = Kind::PositionalOnly;
      continue;
    }
    if (spec == "*") {
      kind = Kind::KeywordOnly;
      continue;
    }
    if (spec.consume_front("**")) {
      varKwargs = spec.str();
      continue;
    }
    if (spec.consume_front("*")) {
      varArgs = spec.str();
      kind = Kind::KeywordOnly;
      continue;
    }
    bool optional = spec.consume_back("=");
    assert(find(spec) < 0 && "duplicate parameter");
    params.push_back({spec.str(), kind, !optional});
  }
  for (const Param &p : params) {
    if (p.kind == Kind::KeywordOnly)
      continue;
    assert((p.required ? positional == requiredPositional : true) &&
           "a required positional parameter follows an optional one");
    ++positional;
    if (p.required)
      ++requiredPositional;
  }
}

int Signature::find(llvm::StringRef n) const {
  for (size_t i = 0; i < params.size(); ++i)
    if (params[i].name == n)
      return static_cast<int>(i);
  return -1;
}

//===----------------------------------------------------------------------===//
// BoundArgs
//===----------------------------------------------------------------------===//

size_t BoundArgs::index(llvm::StringRef name) const {
  int i = sig ? sig->find(name) : -1;
  // A name that is not a parameter is a typo in the native function: fail
  // loudly in every build (a silent None would hide it).
  if (i < 0)
    llvm::report_fatal_error(
        "BoundArgs: '" + name + "' is not a parameter of " +
        (sig ? sig->name : std::string("<unbound>")) + "()");
  return static_cast<size_t>(i);
}

const Value &BoundArgs::operator[](llvm::StringRef name) const {
  return values[index(name)];
}

bool BoundArgs::given(llvm::StringRef name) const {
  return present[index(name)];
}

Value BoundArgs::get(llvm::StringRef name, Value dflt) const {
  return given(name) ? (*this)[name] : dflt;
}

Value BoundArgs::kwargsDict() const {
  auto d = std::make_shared<DictObj>();
  for (const auto &[k, v] : extraKeywords)
    d->set("s" + k, Value::str(k), v);
  return Value::object(d);
}

bool BoundArgs::bind(const Signature &s, const CallArgs &args,
                     std::string &error) {
  sig = &s;
  loc = args.loc;
  values.assign(s.params.size(), Value::none());
  present.assign(s.params.size(), false);
  extraPositional.clear();
  extraKeywords.clear();
  switch (s.style) {
  case ArgStyle::Python:
    return bindPython(args, error);
  case ArgStyle::NumPy:
  case ArgStyle::Cython:
    return bindNumPy(args, error);
  case ArgStyle::Clinic:
  case ArgStyle::Unpack:
    return bindC(args, error);
  }
  llvm_unreachable("unknown ArgStyle");
}

bool BoundArgs::bindNumPy(const CallArgs &args, std::string &error) {
  const Signature &s = *sig;
  bool cython = s.style == ArgStyle::Cython;
  size_t npos = s.numPositional(), nargs = args.pos.size(),
         required = s.numRequiredPositional();
  // Cython's __Pyx_RaiseArgtupleInvalid.
  auto argTupleInvalid = [&] {
    bool few = nargs < required;
    size_t expected = few ? required : npos;
    error = s.name + "() takes " +
            (required == npos ? "exactly"
             : few            ? "at least"
                              : "at most") +
            " " + plural(expected, "positional argument") + " (" +
            std::to_string(nargs) + " given)";
    return false;
  };
  if (nargs > npos && s.varArgs.empty()) {
    if (cython)
      return argTupleInvalid();
    error = s.name + "() takes " +
            (required == npos ? std::to_string(npos)
                              : "from " + std::to_string(required) + " to " +
                                    std::to_string(npos)) +
            " positional arguments but " + std::to_string(nargs) +
            " were given";
    return false;
  }
  for (size_t i = 0; i < nargs; ++i) {
    if (i < npos) {
      values[i] = args.pos[i];
      present[i] = true;
    } else {
      extraPositional.push_back(args.pos[i]);
    }
  }
  for (const auto &[k, v] : args.kw) {
    int i = s.find(k);
    if (i < 0 || s.params[i].kind == Signature::Kind::PositionalOnly) {
      if (!s.varKwargs.empty()) {
        extraKeywords.emplace_back(k, v);
        continue;
      }
      error = s.name + "() got an unexpected keyword argument '" + k + "'";
      return false;
    }
    if (present[i]) {
      if (cython)
        error = s.name + "() got multiple values for keyword argument '" + k +
                "'";
      else
        error = "argument for " + s.name + "() given by name ('" + k +
                "') and position (position " + std::to_string(i) + ")";
      return false;
    }
    values[i] = v;
    present[i] = true;
  }
  for (size_t i = 0; i < s.params.size(); ++i) {
    if (present[i] || !s.params[i].required)
      continue;
    if (cython)
      return argTupleInvalid();
    error = s.name + "() missing required argument '" + s.params[i].name +
            "' (pos " + std::to_string(i) + ")";
    return false;
  }
  return true;
}

bool BoundArgs::bindPython(const CallArgs &args, std::string &error) {
  const Signature &s = *sig;
  size_t npos = s.numPositional(), nargs = args.pos.size();
  // Positional parameters come first in `params`.
  for (size_t i = 0; i < nargs; ++i) {
    if (i < npos) {
      values[i] = args.pos[i];
      present[i] = true;
    } else if (!s.varArgs.empty()) {
      extraPositional.push_back(args.pos[i]);
    }
  }
  for (const auto &[k, v] : args.kw) {
    int i = s.find(k);
    if (i < 0 || s.params[i].kind == Signature::Kind::PositionalOnly) {
      if (!s.varKwargs.empty()) {
        extraKeywords.emplace_back(k, v);
        continue;
      }
      std::string posOnly;
      for (const auto &kv : args.kw) {
        int j = s.find(kv.first);
        if (j >= 0 && s.params[j].kind == Signature::Kind::PositionalOnly)
          posOnly += (posOnly.empty() ? "" : ", ") + kv.first;
      }
      if (!posOnly.empty())
        error = s.name +
                "() got some positional-only arguments passed as "
                "keyword arguments: '" +
                posOnly + "'";
      else
        error = s.name + "() got an unexpected keyword argument '" + k + "'";
      return false;
    }
    if (present[i]) {
      error = s.name + "() got multiple values for argument '" + k + "'";
      return false;
    }
    values[i] = v;
    present[i] = true;
  }
  if (nargs > npos && s.varArgs.empty()) {
    size_t kwOnlyGiven = 0;
    for (size_t i = npos; i < s.params.size(); ++i)
      kwOnlyGiven += present[i];
    error = tooManyPositionalMessage(s.name, s.numRequiredPositional(), npos,
                                     nargs, kwOnlyGiven);
    return false;
  }
  std::vector<std::string> missing;
  for (size_t i = 0; i < npos; ++i)
    if (!present[i] && s.params[i].required)
      missing.push_back(s.params[i].name);
  if (!missing.empty()) {
    error = missingArgumentsMessage(s.name, "positional", missing);
    return false;
  }
  for (size_t i = npos; i < s.params.size(); ++i)
    if (!present[i] && s.params[i].required)
      missing.push_back(s.params[i].name);
  if (!missing.empty()) {
    error = missingArgumentsMessage(s.name, "keyword-only", missing);
    return false;
  }
  return true;
}

bool BoundArgs::bindC(const CallArgs &args, std::string &error) {
  const Signature &s = *sig;
  size_t n = s.params.size(), npos = s.numPositional(), nargs = args.pos.size();
  const std::string &name = s.name;
  // Every parameter positional-only: the positional count of
  // _PyArg_CheckPositional; keyword arguments go to `**kwargs` (`dict`).
  bool positionalOnly = llvm::all_of(s.params, [](const Signature::Param &p) {
    return p.kind == Signature::Kind::PositionalOnly;
  });
  if (positionalOnly) {
    if (!args.kw.empty() && s.varKwargs.empty()) {
      error = (s.noKeywordsName.empty() ? name : s.noKeywordsName) +
              "() takes no keyword arguments";
      return false;
    }
    size_t lo = s.numRequiredPositional();
    bool unbounded = !s.varArgs.empty();
    if (!unbounded && n == 0 && nargs) {
      error =
          name + "() takes no arguments (" + std::to_string(nargs) + " given)";
      return false;
    }
    if (s.style == ArgStyle::Clinic && !unbounded && n == 1 && lo == 1 &&
        nargs != 1) {
      error = name + "() takes exactly one argument (" + std::to_string(nargs) +
              " given)";
      return false;
    }
    if (nargs < lo || (!unbounded && nargs > n)) {
      bool exact = !unbounded && lo == n;
      error = name + " expected " +
              (exact        ? ""
               : nargs < lo ? "at least "
                            : "at most ") +
              plural(nargs < lo ? lo : n, "argument") + ", got " +
              std::to_string(nargs);
      return false;
    }
    for (size_t i = 0; i < nargs; ++i) {
      if (i < n) {
        values[i] = args.pos[i];
        present[i] = true;
      } else {
        extraPositional.push_back(args.pos[i]);
      }
    }
    extraKeywords = args.kw;
    return true;
  }
  if (s.varArgs.empty() && s.varKwargs.empty() && nargs + args.kw.size() > n) {
    error = name + "() takes at most " + std::to_string(n) + " " +
            (nargs == 0 ? "keyword " : "") + "argument" + (n == 1 ? "" : "s") +
            " (" + std::to_string(nargs + args.kw.size()) + " given)";
    return false;
  }
  size_t minpos = s.numRequiredPositional();
  if (nargs > npos && s.varArgs.empty()) {
    if (npos == 0)
      error = name + "() takes no positional arguments";
    else
      error = name + "() takes " + (minpos < npos ? "at most " : "exactly ") +
              plural(npos, "positional argument") + " (" +
              std::to_string(nargs) + " given)";
    return false;
  }
  size_t posOnly = 0;
  while (posOnly < n &&
         s.params[posOnly].kind == Signature::Kind::PositionalOnly)
    ++posOnly;
  size_t minPosOnly = std::min(posOnly, minpos);
  if (nargs < minPosOnly) {
    error = name + "() takes " +
            (minPosOnly < npos ? "at least " : "exactly ") +
            plural(minPosOnly, "positional argument") + " (" +
            std::to_string(nargs) + " given)";
    return false;
  }
  std::vector<bool> used(args.kw.size(), false);
  for (size_t i = 0; i < n; ++i) {
    if (i < npos && i < nargs) {
      values[i] = args.pos[i];
      present[i] = true;
      continue;
    }
    if (s.params[i].kind != Signature::Kind::PositionalOnly)
      for (size_t k = 0; k < args.kw.size(); ++k)
        if (!used[k] && args.kw[k].first == s.params[i].name) {
          values[i] = args.kw[k].second;
          present[i] = used[k] = true;
          break;
        }
    if (!present[i] && s.params[i].required) {
      error = name + "() missing required argument '" + s.params[i].name +
              "' (pos " + std::to_string(i + 1) + ")";
      return false;
    }
  }
  for (size_t i = npos; i < nargs; ++i)
    extraPositional.push_back(args.pos[i]);
  for (size_t k = 0; k < args.kw.size(); ++k) {
    if (used[k])
      continue;
    const std::string &kw = args.kw[k].first;
    int i = s.find(kw);
    if (i >= 0 && s.params[i].kind != Signature::Kind::PositionalOnly) {
      error = "argument for " + name + "() given by name ('" + kw +
              "') and position (" + std::to_string(i + 1) + ")";
      return false;
    }
    if (s.varKwargs.empty()) {
      error = "'" + kw + "' is an invalid keyword argument for " + name + "()";
      return false;
    }
    extraKeywords.push_back(args.kw[k]);
  }
  return true;
}

//===----------------------------------------------------------------------===//
// Interpreter
//===----------------------------------------------------------------------===//

FailureOr<BoundArgs> Interpreter::bind(const Signature &sig, CallArgs &args) {
  BoundArgs out;
  std::string error;
  if (out.bind(sig, args, error))
    return out;
  return raise(args.loc, "TypeError", error);
}

FailureOr<BoundArgs> Interpreter::bindMethod(const Signature &sig,
                                             const Value &self,
                                             CallArgs &args) {
  CallArgs withSelf;
  withSelf.pos.reserve(args.pos.size() + 1);
  withSelf.pos.push_back(self);
  withSelf.pos.insert(withSelf.pos.end(), args.pos.begin(), args.pos.end());
  withSelf.kw = args.kw;
  withSelf.loc = args.loc;
  return bind(sig, withSelf);
}

CallArgs scopec::frontend::positionalPart(const CallArgs &args) {
  CallArgs part;
  part.pos = args.pos;
  part.loc = args.loc;
  return part;
}

CallArgs scopec::frontend::keywordPart(const CallArgs &args) {
  CallArgs part;
  part.kw = args.kw;
  part.loc = args.loc;
  return part;
}

LogicalResult scopec::frontend::checkMethodArgs(Interpreter &in,
                                                const CallArgs &a,
                                                llvm::StringRef type,
                                                llvm::StringRef name,
                                                size_t lo, size_t hi,
                                                bool oneArg, bool keywords) {
  std::string qualified = (type + "." + name).str();
  if (!keywords && !a.kw.empty())
    return in.raise(a.loc, "TypeError",
                    qualified + "() takes no keyword arguments");
  size_t got = a.pos.size();
  if (got >= lo && got <= hi)
    return success();
  if (hi == 0)
    return in.raise(a.loc, "TypeError",
                    qualified + "() takes no arguments (" +
                        std::to_string(got) + " given)");
  if (oneArg)
    return in.raise(a.loc, "TypeError",
                    qualified + "() takes exactly one argument (" +
                        std::to_string(got) + " given)");
  bool few = got < lo;
  size_t bound = few ? lo : hi;
  return in.raise(a.loc, "TypeError",
                  name.str() + " expected " +
                      (lo == hi ? ""
                       : few    ? "at least "
                                : "at most ") +
                      std::to_string(bound) + " argument" +
                      (bound == 1 ? "" : "s") + ", got " + std::to_string(got));
}
