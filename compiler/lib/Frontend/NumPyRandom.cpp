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
FailureOr<uint64_t> seedKey(Interpreter &in, const Value &seed, SrcLoc l) {
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
  return deriveStreamKey(
      0, "numpy.random.seed",
      parts.size() == 1
          ? std::optional<int64_t>(Interpreter::asNumber(parts[0]).getInt())
          : std::optional<int64_t>(static_cast<int64_t>(h)));
}

/// A `size` argument: nullopt for None (one Python scalar).
FailureOr<std::optional<Shape>> sizeArg(Interpreter &in, const Value &v,
                                        SrcLoc l) {
  if (v.isNone())
    return std::optional<Shape>();
  FailureOr<Shape> s = toShapeArg(in, v, l);
  if (failed(s))
    return failure();
  return std::optional<Shape>(*s);
}

/// Fills `size` values drawn by `draw` (a Python float/int when size is
/// None).
FailureOr<Value> sample(Interpreter &in, SrcLoc l,
                        const std::optional<Shape> &size, DType dtype,
                        const std::function<double(int64_t)> &draw) {
  if (!size) {
    double v = draw(0);
    return arrayScalar(dtype, v);
  }
  FailureOr<ArrayRef> a = newArray(in, l, dtype, *size);
  if (failed(a))
    return failure();
  for (int64_t k = 0; k < (*a)->size(); ++k)
    (*(*a)->buffer)[k] = npCast(dtype, draw(k));
  return Value::object(*a);
}

/// Two parameters broadcast together, and the `size` of the sample.
struct Params2 {
  std::optional<Shape> size;
  std::vector<double> p, q;
};

/// Parameters that may be arrays (`normal(loc, scale, size)`): broadcast to
/// `size`, or their broadcast shape when size is None (the size is then
/// that shape when it is not 0-d).
FailureOr<Params2> params2(Interpreter &in, SrcLoc l, const Value &p,
                           const Value &q, std::optional<Shape> size) {
  FailureOr<ArrayRef> a = toArray(in, p, l, DType::F64);
  if (failed(a))
    return failure();
  FailureOr<ArrayRef> b = toArray(in, q, l, DType::F64);
  if (failed(b))
    return failure();
  FailureOr<Shape> broadcast =
      broadcastShapes(in, l, {(*a)->shape, (*b)->shape});
  if (failed(broadcast))
    return failure();
  Shape shape = *broadcast;
  if (size) {
    FailureOr<Shape> both = broadcastShapes(in, l, {shape, *size});
    if (failed(both))
      return failure();
    if (*both != *size)
      return in.raise(l, "ValueError",
                      "shape mismatch: objects cannot be broadcast to a "
                      "single shape");
    shape = *size;
  } else if (!shape.empty()) {
    size = shape;
  }
  if (failed(checkArraySize(in, l, shape)))
    return failure();
  return Params2{size, broadcastValues(**a, shape),
                 broadcastValues(**b, shape)};
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

FailureOr<NpArgs> bindArgs(Interpreter &in, const Signature &sig, CallArgs &a) {
  NpArgs b;
  if (failed(b.bind(in, sig, a)))
    return failure();
  return b;
}

FailureOr<Value> randint(Interpreter &in, RandomStream &r, CallArgs &ca,
                         bool endpointArg) {
  static const Signature legacy{
      "randint", {"low", "high=", "size=", "dtype="}, ArgStyle::Cython};
  static const Signature gen{"integers",
                             {"low", "high=", "size=", "dtype=", "endpoint="},
                             ArgStyle::Cython};
  FailureOr<NpArgs> bound = bindArgs(in, endpointArg ? gen : legacy, ca);
  if (failed(bound))
    return failure();
  NpArgs &a = *bound;
  FailureOr<int64_t> lowArg = in.toInt(a["low"], a.l, "low");
  if (failed(lowArg))
    return failure();
  int64_t low = *lowArg, high;
  if (a.has("high")) {
    FailureOr<int64_t> highArg = in.toInt(a["high"], a.l, "high");
    if (failed(highArg))
      return failure();
    high = *highArg;
  } else {
    high = low;
    low = 0;
  }
  bool endpoint = false;
  if (endpointArg && a.has("endpoint")) {
    FailureOr<bool> v = toBool(in, a["endpoint"], a.l);
    if (failed(v))
      return failure();
    endpoint = *v;
  }
  if (endpoint)
    ++high;
  if (low >= high)
    return in.raise(a.l, "ValueError", endpoint ? "low > high" : "low >= high");
  FailureOr<std::optional<DType>> dt = optDType(in, a, "dtype");
  if (failed(dt))
    return failure();
  FailureOr<std::optional<Shape>> size = sizeArg(in, a["size"], a.l);
  if (failed(size))
    return failure();
  uint64_t range = static_cast<uint64_t>(high) - static_cast<uint64_t>(low);
  DType d = dt->value_or(DType::I64);
  if (!*size) {
    double v = static_cast<double>(low + static_cast<int64_t>(
                                             r.uniformBelow(range)));
    return endpointArg || *dt ? npScalar(d, v)
                              : Value::integer(static_cast<int64_t>(v));
  }
  return sample(in, a.l, *size, d, [&](int64_t) {
    return static_cast<double>(low +
                               static_cast<int64_t>(r.uniformBelow(range)));
  });
}

FailureOr<Value> choice(Interpreter &in, RandomStream &r, CallArgs &ca) {
  static const Signature sig{
      "choice", {"a", "size=", "replace=", "p="}, ArgStyle::Cython};
  FailureOr<NpArgs> bound = bindArgs(in, sig, ca);
  if (failed(bound))
    return failure();
  NpArgs &a = *bound;
  ArrayRef pop;
  Value n = Interpreter::asNumber(a["a"]);
  if (n.isIntLike() && !isa<NdArrayObj>(a["a"])) {
    if (n.getInt() <= 0)
      return in.raise(a.l, "ValueError",
                      "a must be greater than 0 unless no samples are taken");
    FailureOr<int64_t> count = checkArraySize(in, a.l, {n.getInt()});
    if (failed(count))
      return failure();
    std::vector<double> v(*count);
    std::iota(v.begin(), v.end(), 0.0);
    pop = makeArray(DType::I64, {*count}, std::move(v));
  } else {
    FailureOr<ArrayRef> converted = toArray(in, a["a"], a.l);
    if (failed(converted))
      return failure();
    pop = *converted;
    if (pop->shape.size() != 1)
      return in.raise(a.l, "ValueError", "a must be 1-dimensional");
    if (pop->size() == 0)
      return in.raise(a.l, "ValueError",
                      "a cannot be empty unless no samples are taken");
  }
  int64_t m = pop->size();
  bool replace = true;
  if (a.has("replace")) {
    FailureOr<bool> v = toBool(in, a["replace"], a.l);
    if (failed(v))
      return failure();
    replace = *v;
  }
  std::vector<double> p;
  if (a.has("p")) {
    FailureOr<ArrayRef> pa = toArray(in, a["p"], a.l, DType::F64);
    if (failed(pa))
      return failure();
    if ((*pa)->shape.size() != 1)
      return in.raise(a.l, "ValueError", "p must be 1-dimensional");
    p = (*pa)->values();
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
  FailureOr<std::optional<Shape>> sizeOr = sizeArg(in, a["size"], a.l);
  if (failed(sizeOr))
    return failure();
  const std::optional<Shape> &size = *sizeOr;
  int64_t count = 1;
  if (size) {
    FailureOr<int64_t> n = checkArraySize(in, a.l, *size);
    if (failed(n))
      return failure();
    count = *n;
  }
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
  if (!size)
    return npScalar(pop->dtype, popv[picks[0]]);
  std::vector<double> v;
  for (int64_t i : picks)
    v.push_back(popv[i]);
  return Value::object(makeArray(pop->dtype, *size, std::move(v)));
}

/// Shuffles `x` in place along its first axis (arrays and lists).
LogicalResult shuffle(Interpreter &in, RandomStream &r, const Value &x,
                      SrcLoc l) {
  if (x.isList()) {
    auto &items = x.items();
    for (int64_t i = static_cast<int64_t>(items.size()) - 1; i > 0; --i)
      std::swap(items[i],
                items[r.uniformBelow(static_cast<uint64_t>(i) + 1)]);
    return success();
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
  return success();
}

/// A shuffled copy of `x` (or of range(x) for an int).
FailureOr<Value> permute(Interpreter &in, RandomStream &r, const Value &x,
                         SrcLoc l) {
  Value n = Interpreter::asNumber(x);
  ArrayRef a;
  if (n.isIntLike() && !isa<NdArrayObj>(x)) {
    FailureOr<int64_t> count = checkArraySize(in, l, {n.getInt()});
    if (failed(count))
      return failure();
    std::vector<double> v(*count);
    std::iota(v.begin(), v.end(), 0.0);
    a = makeArray(DType::I64, {*count}, std::move(v));
  } else {
    FailureOr<ArrayRef> converted = toArray(in, x, l);
    if (failed(converted))
      return failure();
    a = *converted;
    if (a->shape.empty())
      return in.raise(l, "IndexError", "x must be an integer or at least "
                                       "1-dimensional");
    a = npAstype(*a, a->dtype);
  }
  Value out = Value::object(a);
  if (failed(shuffle(in, r, out, l)))
    return failure();
  return out;
}

Value methodOf(const StateRef &s, const std::string &name) {
  RandomStream *r = &s->stream;
  auto m = [s](const std::string &n, NativeFn fn) {
    // The closure keeps the state alive as long as the method value.
    return Interpreter::native(
        n, [s, fn](Interpreter &in, CallArgs &a) { return fn(in, a); });
  };
  auto uniformLike = [r](double lo, double hi) {
    return lo + (hi - lo) * r->uniform01();
  };
  if (name == "seed")
    return m(name, [s](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
      static const Signature sig{"seed", {"seed="}, ArgStyle::Cython};
      FailureOr<NpArgs> b = bindArgs(in, sig, a);
      if (failed(b))
        return failure();
      uint64_t key = deriveStreamKey(0, "numpy.random.unseeded", std::nullopt);
      if (b->has("seed")) {
        FailureOr<uint64_t> k = seedKey(in, (*b)["seed"], a.loc);
        if (failed(k))
          return failure();
        key = *k;
      }
      s->stream = RandomStream(key);
      return Value::none();
    });
  if (name == "rand" || name == "randn")
    return m(name, [r, name](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
      Signature sig{name, {"*args"}, ArgStyle::Cython};
      FailureOr<BoundArgs> b = in.bind(sig, a);
      if (failed(b))
        return failure();
      std::optional<Shape> size;
      if (!b->args().empty()) {
        FailureOr<Shape> s = toShapeArg(in, Value::tuple(b->args()), a.loc);
        if (failed(s))
          return failure();
        size = *s;
      }
      bool normal = name == "randn";
      return sample(in, a.loc, size, DType::F64, [&](int64_t) {
        return normal ? r->normal() : r->uniform01();
      });
    });
  if (name == "random_sample" || name == "random" || name == "sample" ||
      name == "ranf" || name == "standard_normal")
    return m(name,
             [r, name, s](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
               // A Generator's take a dtype (and `out`, not supported).
               Signature sig =
                   s->generator
                       ? Signature{name, {"size=", "dtype="}, ArgStyle::Cython}
                       : Signature{name, {"size="}, ArgStyle::Cython};
               FailureOr<NpArgs> b = bindArgs(in, sig, a);
               if (failed(b))
                 return failure();
               FailureOr<std::optional<Shape>> size =
                   sizeArg(in, (*b)["size"], a.loc);
               if (failed(size))
                 return failure();
               std::optional<DType> dt;
               if (s->generator) {
                 FailureOr<std::optional<DType>> d = optDType(in, *b, "dtype");
                 if (failed(d))
                   return failure();
                 dt = *d;
               }
               bool normal = name == "standard_normal";
               return sample(in, a.loc, *size, dt.value_or(DType::F64),
                             [&](int64_t) {
                               return normal ? r->normal() : r->uniform01();
                             });
             });
  if (name == "normal" || name == "uniform")
    return m(
        name,
        [r, name, uniformLike](Interpreter &in,
                               CallArgs &a) -> FailureOr<Value> {
          bool normal = name == "normal";
          // The same names for both (NumPy's are loc/scale and low/high).
          Signature sig{
              name.c_str(),
              {normal ? "loc=" : "low=", normal ? "scale=" : "high=", "size="},
              ArgStyle::Cython};
          const char *first = normal ? "loc" : "low";
          const char *second = normal ? "scale" : "high";
          FailureOr<NpArgs> bound = bindArgs(in, sig, a);
          if (failed(bound))
            return failure();
          NpArgs &b = *bound;
          FailureOr<std::optional<Shape>> size = sizeArg(in, b["size"], a.loc);
          if (failed(size))
            return failure();
          Value p = b.has(first) ? b[first] : Value::real(0.0);
          Value q = b.has(second) ? b[second] : Value::real(1.0);
          FailureOr<Params2> pq = params2(in, a.loc, p, q, *size);
          if (failed(pq))
            return failure();
          const std::vector<double> &pv = pq->p, &qv = pq->q;
          if (normal)
            for (double sc : qv)
              if (sc < 0)
                return in.raise(a.loc, "ValueError", "scale < 0");
          return sample(in, a.loc, pq->size, DType::F64, [&](int64_t k) {
            return normal ? pv[k] + qv[k] * r->normal()
                          : uniformLike(pv[k], qv[k]);
          });
        });
  if (name == "exponential")
    return m(name, [r](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
      static const Signature sig{
          "exponential", {"scale=", "size="}, ArgStyle::Cython};
      FailureOr<NpArgs> b = bindArgs(in, sig, a);
      if (failed(b))
        return failure();
      FailureOr<std::optional<Shape>> size = sizeArg(in, (*b)["size"], a.loc);
      if (failed(size))
        return failure();
      double scale = 1;
      if (b->has("scale")) {
        FailureOr<double> v = in.toDouble((*b)["scale"], a.loc, "scale");
        if (failed(v))
          return failure();
        scale = *v;
      }
      return sample(in, a.loc, *size, DType::F64, [&](int64_t) {
        return -std::log1p(-r->uniform01()) * scale;
      });
    });
  if (name == "randint" || name == "integers")
    return m(name, [r, name](Interpreter &in, CallArgs &a) {
      return randint(in, *r, a, name == "integers");
    });
  if (name == "choice")
    return m(name,
             [r](Interpreter &in, CallArgs &a) { return choice(in, *r, a); });
  if (name == "permutation" || name == "shuffle") {
    // RandomState's take one argument (METH_O); a Generator's an axis too.
    Signature sig =
        s->generator
            ? Signature{name, {"x", "axis="}, ArgStyle::Cython}
            : Signature{"RandomState." + name, {"x", "/"}, ArgStyle::Clinic};
    bool permutes = name == "permutation";
    return m(
        name,
        [r, sig, permutes](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
          FailureOr<NpArgs> bound = bindArgs(in, sig, a);
          if (failed(bound))
            return failure();
          NpArgs &b = *bound;
          if (sig.find("axis") >= 0 && b.has("axis")) {
            // An axis that is no int gets this error too.
            FailureOr<int64_t> axis = in.toInt(b["axis"], a.loc, "axis");
            if (failed(axis) || *axis != 0)
              return in.error(a.loc,
                              "numpy.random: a permutation along an axis "
                              "other than 0 is not supported by scopec");
          }
          if (permutes)
            return permute(in, *r, b["x"], a.loc);
          if (failed(shuffle(in, *r, b["x"], a.loc)))
            return failure();
          return Value::none();
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
    mod->add(name,
             Interpreter::native(
                 name,
                 [graphSeed, counter, generator,
                  name](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                   // RandomState is a class: its parser is __init__'s.
                   Signature sig{generator ? name : "__init__",
                                 {"seed="},
                                 ArgStyle::Cython};
                   FailureOr<NpArgs> b = bindArgs(in, sig, a);
                   if (failed(b))
                     return failure();
                   uint64_t key = deriveStreamKey(
                       graphSeed, "numpy.random.RandomState", (*counter)++);
                   if (b->has("seed")) {
                     FailureOr<uint64_t> k = seedKey(in, (*b)["seed"], a.loc);
                     if (failed(k))
                       return failure();
                     key = *k;
                   }
                   return Value::object(
                       std::make_shared<RandomStateObj>(key, generator));
                 }));
  }
  return Value::object(mod);
}
