//===- NumPyRandom.cpp - np.random at compile time ------------------------===//
//
// `np.random` and `np.random.RandomState(seed)` with NumPy's legacy API
// (seed, rand, randn, normal, uniform, randint, choice, permutation,
// shuffle, ...) and `default_rng` with the Generator names. The numbers are
// NOT NumPy's Mersenne Twister stream: they come from scopec's Philox
// streams (scopec/Params/RandomStream.h), keyed as documented in
// docs/user-guide.md ("NumPy at compile time"), so they are deterministic
// for a given seed (or, unseeded, for a given `--seed`) on every machine.
//
//===----------------------------------------------------------------------===//

#include "NumPy.h"

#include "scopec/Params/RandomStream.h"

#include <cmath>
#include <numeric>

using namespace scopec::frontend;
using scopec::params::RandomStream;
using scopec::params::deriveStreamKey;

namespace {

struct RandomStateObj : HostObject {
  RandomStateObj(uint64_t key, bool generator)
      : HostObject(&ID), stream(key), generator(generator) {}
  static const char ID;
  std::string typeName() const override {
    return generator ? "Generator" : "RandomState";
  }
  std::string repr() const override {
    return generator ? "Generator(PCG64)" : "RandomState(MT19937)";
  }
  Result getAttr(Interpreter &in, const std::string &name, SrcLoc l) override;
  RandomStream stream;
  bool generator;
};

const char RandomStateObj::ID = 0;

using StateRef = std::shared_ptr<RandomStateObj>;

/// The stream key of `seed` (an int or a sequence of ints); NumPy's range
/// checks.
bool seedKey(Interpreter &in, const Value &seed, SrcLoc l, uint64_t &key) {
  std::vector<Value> parts =
      seed.isSeq() ? seed.items() : std::vector<Value>{seed};
  if (auto *a = dynCast<NdArrayObj>(seed); a && !a->shape.empty()) {
    parts.clear();
    for (double v : a->values())
      parts.push_back(Value::integer(static_cast<int64_t>(v)));
  }
  uint64_t h = 0xcbf29ce484222325ULL;
  for (const Value &p : parts) {
    Value n = Interpreter::asNumber(p);
    if (!n.isIntLike())
      return in.raise(l, "TypeError", "Cannot cast scalar from dtype('" +
                                          std::string(n.isFloat() ? "float64"
                                                                  : "O") +
                                          "') to dtype('int64') according to "
                                          "the rule 'safe'");
    int64_t v = n.getInt();
    if (v < 0 || v > 0xffffffffLL)
      return in.raise(l, "ValueError", "Seed must be between 0 and 2**32 - 1");
    h = scopec::params::fnv1a64(&v, sizeof(v), h);
  }
  key = deriveStreamKey(0, "numpy.random.seed",
                        parts.size() == 1
                            ? std::optional<int64_t>(
                                  Interpreter::asNumber(parts[0]).getInt())
                            : std::optional<int64_t>(static_cast<int64_t>(h)));
  return true;
}

/// A `size` argument: nullopt for None (one Python scalar).
bool sizeArg(Interpreter &in, const Value &v, SrcLoc l,
             std::optional<Shape> &out) {
  out.reset();
  if (v.isNone())
    return true;
  Shape s;
  if (!toShapeArg(in, v, l, s))
    return false;
  out = s;
  return true;
}

/// Fills `size` values drawn by `draw` (a Python float/int when size is
/// None).
bool sample(Interpreter &in, SrcLoc l, const std::optional<Shape> &size,
            DType dtype, const std::function<double(int64_t)> &draw,
            Value &out) {
  if (!size) {
    double v = draw(0);
    out = arrayScalar(dtype, v);
    return true;
  }
  ArrayRef a;
  if (!newArray(in, l, dtype, *size, a))
    return false;
  for (int64_t k = 0; k < a->size(); ++k)
    (*a->buffer)[k] = npCast(dtype, draw(k));
  out = Value::object(a);
  return true;
}

/// Parameters that may be arrays (`normal(loc, scale, size)`): broadcast to
/// `size`, or their broadcast shape when size is None.
bool params2(Interpreter &in, SrcLoc l, const Value &p, const Value &q,
             std::optional<Shape> &size, std::vector<double> &pv,
             std::vector<double> &qv) {
  ArrayRef a, b;
  if (!toArray(in, p, l, a, DType::F64) || !toArray(in, q, l, b, DType::F64))
    return false;
  Shape shape;
  if (!broadcastShapes(in, l, {a->shape, b->shape}, shape))
    return false;
  if (size) {
    Shape both;
    if (!broadcastShapes(in, l, {shape, *size}, both))
      return false;
    if (both != *size)
      return in.raise(l, "ValueError",
                      "shape mismatch: objects cannot be broadcast to a "
                      "single shape");
    shape = *size;
  } else if (!shape.empty()) {
    size = shape;
  }
  int64_t n;
  if (!checkArraySize(in, l, shape, n))
    return false;
  pv = broadcastValues(*a, shape);
  qv = broadcastValues(*b, shape);
  return true;
}

Value methodOf(const StateRef &s, const std::string &name);

/// Fisher-Yates over `n` items (NumPy's order of swaps).
std::vector<int64_t> permutation(RandomStream &r, int64_t n) {
  std::vector<int64_t> idx(n);
  std::iota(idx.begin(), idx.end(), 0);
  for (int64_t i = n - 1; i > 0; --i)
    std::swap(idx[i], idx[r.uniformBelow(static_cast<uint64_t>(i) + 1)]);
  return idx;
}

bool bindArgs(Interpreter &in, const Signature &sig, CallArgs &a, NpArgs &b) {
  return b.bind(in, sig, a);
}

bool randint(Interpreter &in, RandomStream &r, CallArgs &ca, bool endpointArg,
             Value &out) {
  static const Signature legacy{
      "randint", {"low", "high=", "size=", "dtype="}, ArgStyle::Cython};
  static const Signature gen{"integers",
                             {"low", "high=", "size=", "dtype=", "endpoint="},
                             ArgStyle::Cython};
  NpArgs a;
  if (!bindArgs(in, endpointArg ? gen : legacy, ca, a))
    return false;
  int64_t low, high;
  if (!in.toInt(a["low"], a.l, low, "low"))
    return false;
  if (a.has("high")) {
    if (!in.toInt(a["high"], a.l, high, "high"))
      return false;
  } else {
    high = low;
    low = 0;
  }
  bool endpoint = false;
  if (endpointArg && a.has("endpoint") &&
      !toBool(in, a["endpoint"], a.l, endpoint))
    return false;
  if (endpoint)
    ++high;
  if (low >= high)
    return in.raise(a.l, "ValueError", endpoint ? "low > high" : "low >= high");
  std::optional<DType> dt;
  std::optional<Shape> size;
  if (!optDType(in, a, "dtype", dt) || !sizeArg(in, a["size"], a.l, size))
    return false;
  uint64_t range = static_cast<uint64_t>(high) - static_cast<uint64_t>(low);
  DType d = dt.value_or(DType::I64);
  if (!size) {
    double v = static_cast<double>(low + static_cast<int64_t>(
                                             r.uniformBelow(range)));
    out = endpointArg || dt ? npScalar(d, v) : Value::integer(
                                                   static_cast<int64_t>(v));
    return true;
  }
  return sample(in, a.l, size, d,
                [&](int64_t) {
                  return static_cast<double>(
                      low + static_cast<int64_t>(r.uniformBelow(range)));
                },
                out);
}

bool choice(Interpreter &in, RandomStream &r, CallArgs &ca, Value &out) {
  static const Signature sig{
      "choice", {"a", "size=", "replace=", "p="}, ArgStyle::Cython};
  NpArgs a;
  if (!bindArgs(in, sig, ca, a))
    return false;
  ArrayRef pop;
  Value n = Interpreter::asNumber(a["a"]);
  if (n.isIntLike() && !isa<NdArrayObj>(a["a"])) {
    if (n.getInt() <= 0)
      return in.raise(a.l, "ValueError",
                      "a must be greater than 0 unless no samples are taken");
    int64_t count;
    if (!checkArraySize(in, a.l, {n.getInt()}, count))
      return false;
    std::vector<double> v(count);
    std::iota(v.begin(), v.end(), 0.0);
    pop = makeArray(DType::I64, {count}, std::move(v));
  } else {
    if (!toArray(in, a["a"], a.l, pop))
      return false;
    if (pop->shape.size() != 1)
      return in.raise(a.l, "ValueError", "a must be 1-dimensional");
    if (pop->size() == 0)
      return in.raise(a.l, "ValueError",
                      "a cannot be empty unless no samples are taken");
  }
  int64_t m = pop->size();
  bool replace = true;
  if (a.has("replace") && !toBool(in, a["replace"], a.l, replace))
    return false;
  std::vector<double> p;
  if (a.has("p")) {
    ArrayRef pa;
    if (!toArray(in, a["p"], a.l, pa, DType::F64))
      return false;
    if (pa->shape.size() != 1)
      return in.raise(a.l, "ValueError", "p must be 1-dimensional");
    p = pa->values();
    if (static_cast<int64_t>(p.size()) != m)
      return in.raise(a.l, "ValueError", "a and p must have same size");
    double s = 0;
    for (double x : p) {
      if (x < 0)
        return in.raise(a.l, "ValueError", "probabilities are not non-negative");
      s += x;
    }
    if (std::fabs(s - 1) > 1e-8)
      return in.raise(a.l, "ValueError", "probabilities do not sum to 1");
  }
  std::optional<Shape> size;
  if (!sizeArg(in, a["size"], a.l, size))
    return false;
  int64_t count = 1;
  if (size && !checkArraySize(in, a.l, *size, count))
    return false;
  if (!replace && count > m)
    return in.raise(a.l, "ValueError",
                    "Cannot take a larger sample than population when "
                    "'replace=False'");
  std::vector<double> popv = pop->values();
  std::vector<int64_t> picks;
  auto weighted = [&](const std::vector<double> &w) {
    double total = 0;
    for (double x : w)
      total += x;
    double u = r.uniform01() * total, acc = 0;
    for (size_t i = 0; i < w.size(); ++i) {
      acc += w[i];
      if (u < acc && w[i] > 0)
        return static_cast<int64_t>(i);
    }
    for (size_t i = w.size(); i-- > 0;)
      if (w[i] > 0)
        return static_cast<int64_t>(i);
    return int64_t(0);
  };
  if (replace) {
    for (int64_t k = 0; k < count; ++k)
      picks.push_back(p.empty() ? static_cast<int64_t>(r.uniformBelow(m))
                                : weighted(p));
  } else if (p.empty()) {
    std::vector<int64_t> perm = permutation(r, m);
    picks.assign(perm.begin(), perm.begin() + count);
  } else {
    std::vector<double> w = p;
    for (int64_t k = 0; k < count; ++k) {
      int64_t i = weighted(w);
      picks.push_back(i);
      w[i] = 0;
    }
  }
  if (!size) {
    out = npScalar(pop->dtype, popv[picks[0]]);
    return true;
  }
  std::vector<double> v;
  for (int64_t i : picks)
    v.push_back(popv[i]);
  out = Value::object(makeArray(pop->dtype, *size, std::move(v)));
  return true;
}

/// Shuffles `x` in place along its first axis (arrays and lists).
bool shuffle(Interpreter &in, RandomStream &r, const Value &x, SrcLoc l) {
  if (x.isList()) {
    auto &items = x.items();
    for (int64_t i = static_cast<int64_t>(items.size()) - 1; i > 0; --i)
      std::swap(items[i],
                items[r.uniformBelow(static_cast<uint64_t>(i) + 1)]);
    return true;
  }
  auto *a = dynCast<NdArrayObj>(x);
  if (!a || a->shape.empty())
    return in.raise(l, "TypeError", "object of type '" + typeName(x) +
                                        "' has no len()");
  std::vector<int64_t> perm = permutation(r, a->shape[0]);
  // perm is built by the same swaps; apply it as a gather of rows.
  std::vector<double> v = a->values();
  int64_t row = a->shape[0] ? static_cast<int64_t>(v.size()) / a->shape[0] : 0;
  std::vector<int64_t> offs = a->offsets();
  for (int64_t i = 0; i < a->shape[0]; ++i)
    for (int64_t k = 0; k < row; ++k)
      (*a->buffer)[offs[i * row + k]] = v[perm[i] * row + k];
  return true;
}

bool permute(Interpreter &in, RandomStream &r, const Value &x, SrcLoc l,
             Value &out) {
  Value n = Interpreter::asNumber(x);
  ArrayRef a;
  if (n.isIntLike() && !isa<NdArrayObj>(x)) {
    int64_t count;
    if (!checkArraySize(in, l, {n.getInt()}, count))
      return false;
    std::vector<double> v(count);
    std::iota(v.begin(), v.end(), 0.0);
    a = makeArray(DType::I64, {count}, std::move(v));
  } else {
    if (!toArray(in, x, l, a))
      return false;
    if (a->shape.empty())
      return in.raise(l, "IndexError", "x must be an integer or at least "
                                       "1-dimensional");
    a = npAstype(*a, a->dtype);
  }
  out = Value::object(a);
  return shuffle(in, r, out, l);
}

Value methodOf(const StateRef &s, const std::string &name) {
  RandomStream *r = &s->stream;
  auto m = [s](const std::string &n, NativeFn fn) {
    // The closure keeps the state alive as long as the method value.
    return Interpreter::native(n, [s, fn](Interpreter &in, CallArgs &a,
                                          Value &o) { return fn(in, a, o); });
  };
  auto uniformLike = [r](double lo, double hi) {
    return lo + (hi - lo) * r->uniform01();
  };
  if (name == "seed")
    return m(name, [s](Interpreter &in, CallArgs &a, Value &o) {
      static const Signature sig{"seed", {"seed="}, ArgStyle::Cython};
      NpArgs b;
      if (!bindArgs(in, sig, a, b))
        return false;
      uint64_t key = deriveStreamKey(0, "numpy.random.unseeded", std::nullopt);
      if (b.has("seed") && !seedKey(in, b["seed"], a.loc, key))
        return false;
      s->stream = RandomStream(key);
      o = Value::none();
      return true;
    });
  if (name == "rand" || name == "randn")
    return m(name, [r, name](Interpreter &in, CallArgs &a, Value &o) {
      Signature sig{name, {"*args"}, ArgStyle::Cython};
      BoundArgs b;
      if (!in.bind(sig, a, b))
        return false;
      std::optional<Shape> size;
      if (!b.args().empty()) {
        Shape s;
        if (!toShapeArg(in, Value::tuple(b.args()), a.loc, s))
          return false;
        size = s;
      }
      bool normal = name == "randn";
      return sample(in, a.loc, size, DType::F64,
                    [&](int64_t) { return normal ? r->normal() : r->uniform01(); },
                    o);
    });
  if (name == "random_sample" || name == "random" || name == "sample" ||
      name == "ranf" || name == "standard_normal")
    return m(name, [r, name, s](Interpreter &in, CallArgs &a, Value &o) {
      // A Generator's take a dtype (and `out`, not supported).
      Signature sig =
          s->generator ? Signature{name, {"size=", "dtype="}, ArgStyle::Cython}
                       : Signature{name, {"size="}, ArgStyle::Cython};
      NpArgs b;
      std::optional<Shape> size;
      std::optional<DType> dt;
      if (!bindArgs(in, sig, a, b) || !sizeArg(in, b["size"], a.loc, size) ||
          (s->generator && !optDType(in, b, "dtype", dt)))
        return false;
      bool normal = name == "standard_normal";
      return sample(in, a.loc, size, dt.value_or(DType::F64),
                    [&](int64_t) { return normal ? r->normal() : r->uniform01(); },
                    o);
    });
  if (name == "normal" || name == "uniform")
    return m(name, [r, name, uniformLike](Interpreter &in, CallArgs &a,
                                          Value &o) {
      bool normal = name == "normal";
      // The same names for both (NumPy's are loc/scale and low/high).
      Signature sig{
          name.c_str(),
          {normal ? "loc=" : "low=", normal ? "scale=" : "high=", "size="},
          ArgStyle::Cython};
      const char *first = normal ? "loc" : "low";
      const char *second = normal ? "scale" : "high";
      NpArgs b;
      std::optional<Shape> size;
      if (!bindArgs(in, sig, a, b) || !sizeArg(in, b["size"], a.loc, size))
        return false;
      Value p = b.has(first) ? b[first] : Value::real(0.0);
      Value q = b.has(second) ? b[second] : Value::real(1.0);
      std::vector<double> pv, qv;
      if (!params2(in, a.loc, p, q, size, pv, qv))
        return false;
      if (normal)
        for (double sc : qv)
          if (sc < 0)
            return in.raise(a.loc, "ValueError", "scale < 0");
      return sample(in, a.loc, size, DType::F64,
                    [&](int64_t k) {
                      return normal ? pv[k] + qv[k] * r->normal()
                                    : uniformLike(pv[k], qv[k]);
                    },
                    o);
    });
  if (name == "exponential")
    return m(name, [r](Interpreter &in, CallArgs &a, Value &o) {
      static const Signature sig{
          "exponential", {"scale=", "size="}, ArgStyle::Cython};
      NpArgs b;
      std::optional<Shape> size;
      double scale = 1;
      if (!bindArgs(in, sig, a, b) || !sizeArg(in, b["size"], a.loc, size) ||
          (b.has("scale") && !in.toDouble(b["scale"], a.loc, scale, "scale")))
        return false;
      return sample(in, a.loc, size, DType::F64,
                    [&](int64_t) { return -std::log1p(-r->uniform01()) * scale; },
                    o);
    });
  if (name == "randint" || name == "integers")
    return m(name, [r, name](Interpreter &in, CallArgs &a, Value &o) {
      return randint(in, *r, a, name == "integers", o);
    });
  if (name == "choice")
    return m(name, [r](Interpreter &in, CallArgs &a, Value &o) {
      return choice(in, *r, a, o);
    });
  if (name == "permutation" || name == "shuffle") {
    // RandomState's take one argument (METH_O); a Generator's an axis too.
    Signature sig =
        s->generator
            ? Signature{name, {"x", "axis="}, ArgStyle::Cython}
            : Signature{"RandomState." + name, {"x", "/"}, ArgStyle::Clinic};
    bool permutes = name == "permutation";
    return m(name, [r, sig, permutes](Interpreter &in, CallArgs &a, Value &o) {
      NpArgs b;
      if (!bindArgs(in, sig, a, b))
        return false;
      int64_t axis = 0;
      if (sig.find("axis") >= 0 && b.has("axis") &&
          (!in.toInt(b["axis"], a.loc, axis, "axis") || axis != 0))
        return in.error(a.loc, "numpy.random: a permutation along an axis "
                               "other than 0 is not supported by scopec");
      o = Value::none();
      return permutes ? permute(in, *r, b["x"], a.loc, o)
                      : shuffle(in, *r, b["x"], a.loc);
    });
  }
  return Value::none();
}

const char *const kMethods[] = {
    "seed",        "rand",        "randn",   "random_sample", "random",
    "sample",      "ranf",        "standard_normal", "normal", "uniform",
    "exponential", "randint",     "choice",  "permutation",   "shuffle"};

Result RandomStateObj::getAttr(Interpreter &, const std::string &name,
                               SrcLoc) {
  if (generator && (name == "randint" || name == "rand" || name == "randn" ||
                    name == "seed" || name == "random_sample"))
    return Result::notImplemented();
  if (!generator && name == "integers")
    return Result::notImplemented();
  Value v = methodOf(std::static_pointer_cast<RandomStateObj>(
                         shared_from_this()),
                     name);
  if (v.isNone())
    return Result::notImplemented();
  return v;
}

} // namespace

Value scopec::frontend::makeRandomModule(uint64_t graphSeed) {
  auto mod = std::make_shared<ModuleObj>("numpy.random");
  auto global = std::make_shared<RandomStateObj>(
      deriveStreamKey(graphSeed, "numpy.random", std::nullopt), false);
  for (const char *n : kMethods)
    mod->add(n, methodOf(global, n));
  auto counter = std::make_shared<int64_t>(0);
  for (bool generator : {false, true}) {
    const char *name = generator ? "default_rng" : "RandomState";
    mod->add(name, Interpreter::native(name, [graphSeed, counter, generator,
                                              name](Interpreter &in,
                                                    CallArgs &a, Value &o) {
               // RandomState is a class: its parser is __init__'s.
               Signature sig{
                   generator ? name : "__init__", {"seed="}, ArgStyle::Cython};
               NpArgs b;
               if (!bindArgs(in, sig, a, b))
                 return false;
               uint64_t key = deriveStreamKey(graphSeed,
                                              "numpy.random.RandomState",
                                              (*counter)++);
               if (b.has("seed") && !seedKey(in, b["seed"], a.loc, key))
                 return false;
               o = Value::object(std::make_shared<RandomStateObj>(key,
                                                                  generator));
               return true;
             }));
  }
  return Value::object(mod);
}
