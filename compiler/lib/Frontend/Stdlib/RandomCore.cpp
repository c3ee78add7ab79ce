//===- RandomCore.cpp - The `_random` module: MT19937 --------------------===//
//
// The generator under the prelude's `random` module (Prelude/random.py), as
// CPython's `_random`: the Mersenne Twister MT19937 seeded from an integer
// with init_by_array, random() from two 32-bit outputs (53 bits) and
// getrandbits(k). With the same integer seed the stream is CPython's, so
// model code that seeds `random` builds the same graph as under CPython. A
// str or bytes seed (version 2) is the integer CPython makes of it: the
// bytes followed by their SHA-512 digest, read big-endian.
// An unseeded generator starts from the compile's `--seed`.
//
// The generator is a handful of lines; a library would add a dependency
// without saving any (std::mt19937 cannot be seeded with init_by_array).
//
//===----------------------------------------------------------------------===//

#include "Sha512.h"
#include "Support.h"

#include "../BigInt.h"
#include "../Bytes.h"

#include <array>
#include <cstdint>

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;

namespace {

const char kStateTag = 0;

/// MT19937 (Matsumoto and Nishimura, 1998).
struct MTState : AttrObj {
  MTState() : AttrObj("_random.Random", "<_random.Random object>") {
    tag = &kStateTag;
  }
  static constexpr int N = 624, M = 397;
  std::array<uint32_t, N> mt{};
  int index = N + 1;

  void initGenrand(uint32_t s) {
    mt[0] = s;
    for (int i = 1; i < N; ++i)
      mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + i;
    index = N;
  }
  void initByArray(const std::vector<uint32_t> &key) {
    initGenrand(19650218u);
    int i = 1;
    size_t j = 0;
    for (size_t k = std::max<size_t>(N, key.size()); k; --k) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) +
              key[j] + static_cast<uint32_t>(j);
      if (++i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (++j >= key.size())
        j = 0;
    }
    for (int k = N - 1; k; --k) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - i;
      if (++i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000u;
  }
  uint32_t next() {
    if (index >= N) {
      for (int k = 0; k < N; ++k) {
        uint32_t y = (mt[k] & 0x80000000u) | (mt[(k + 1) % N] & 0x7fffffffu);
        mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
      }
      index = 0;
    }
    uint32_t y = mt[index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
  }
  /// CPython's seed of a non-negative integer: its 32-bit words, low first.
  void seed(uint64_t n) {
    std::vector<uint32_t> key{static_cast<uint32_t>(n)};
    if (n >> 32)
      key.push_back(static_cast<uint32_t>(n >> 32));
    initByArray(key);
  }
  /// The seed of the non-negative integer whose big-endian bytes are
  /// `bytes`: its 32-bit words, low first, without high zero words (at
  /// least one), as random_seed() in Modules/_randommodule.c.
  void seedBigEndian(llvm::StringRef bytes) {
    std::vector<uint32_t> key;
    for (size_t end = bytes.size(); end > 0;) {
      size_t begin = end >= 4 ? end - 4 : 0;
      uint32_t w = 0;
      for (size_t k = begin; k < end; ++k)
        w = (w << 8) | static_cast<unsigned char>(bytes[k]);
      key.push_back(w);
      end = begin;
    }
    while (key.size() > 1 && key.back() == 0)
      key.pop_back();
    if (key.empty())
      key.push_back(0);
    initByArray(key);
  }
};

/// A call bound to a signature whose first parameter is the state.
struct StateCall {
  MTState *state;
  BoundArgs args;
};

/// Binds `a` to `sig` (whose first parameter is the state); a failure after
/// raising.
FailureOr<StateCall> bindState(Interpreter &in, const Signature &sig,
                               CallArgs &a) {
  FailureOr<BoundArgs> b = in.bind(sig, a);
  if (failed(b))
    return failure();
  auto *s = static_cast<MTState *>(AttrObj::get((*b)["state"], &kStateTag));
  if (!s)
    return in.raise(a.loc, "TypeError",
                    std::string(sig.name) + "() needs a _random.Random");
  return StateCall{s, std::move(*b)};
}

} // namespace

Value stdlib::makeRandomCore(Interpreter &in) {
  auto m = newModule("_random");
  uint64_t compileSeed = in.getOptions().seed;
  // new() -> a generator seeded with the compile's --seed.
  addFunction(*m, "new",
              [compileSeed](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                static const Signature sig{"new", {"/"}, ArgStyle::Clinic};
                if (failed(in.bind(sig, a)))
                  return failure();
                auto s = std::make_shared<MTState>();
                s->seed(compileSeed);
                return Value::object(s);
              });
  // seed(state, n): n is an int; CPython seeds with abs(n).
  addFunction(*m, "seed", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{"seed", {"state", "n", "/"}, ArgStyle::Clinic};
    FailureOr<StateCall> call = bindState(in, sig, a);
    if (failed(call))
      return failure();
    MTState *s = call->state;
    BoundArgs &b = call->args;
    if (isBigInt(b["n"])) {
      // abs(n) by its hex digits, as big-endian bytes.
      bool negative;
      std::string hex, bytes;
      anyIntDigits(b["n"], 16, negative, hex);
      if (hex.size() % 2)
        hex = "0" + hex;
      for (size_t i = 0; i < hex.size(); i += 2)
        bytes += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
      s->seedBigEndian(bytes);
      return Value::none();
    }
    FailureOr<int64_t> n = indexArg(in, b["n"], a.loc);
    if (failed(n))
      return failure();
    s->seed(*n < 0 ? 0 - static_cast<uint64_t>(*n) : static_cast<uint64_t>(*n));
    return Value::none();
  });
  // seed_bytes(state, data): the seed int.from_bytes(data +
  // sha512(data).digest()) of random.seed(str or bytes, version=2).
  addFunction(
      *m, "seed_bytes", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
        static const Signature sig{
            "seed_bytes", {"state", "data", "/"}, ArgStyle::Clinic};
        FailureOr<StateCall> call = bindState(in, sig, a);
        if (failed(call))
          return failure();
        BoundArgs &b = call->args;
        if (!isBytes(b["data"]))
          return in.raise(a.loc, "TypeError", "seed_bytes() needs bytes");
        const std::string &data = bytesData(b["data"]);
        call->state->seedBigEndian(data + sha512(data));
        return Value::none();
      });
  // random(state) -> float in [0, 1) with 53 random bits.
  addFunction(
      *m, "random", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
        static const Signature sig{"random", {"state", "/"}, ArgStyle::Clinic};
        FailureOr<StateCall> call = bindState(in, sig, a);
        if (failed(call))
          return failure();
        MTState *s = call->state;
        uint32_t hi = s->next() >> 5, lo = s->next() >> 6;
        return Value::real((hi * 67108864.0 + lo) * (1.0 / 9007199254740992.0));
      });
  // getrandbits(state, k) -> int with k random bits (k <= 63 here: ints are
  // 64-bit in scopec).
  addFunction(
      *m, "getrandbits", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
        static const Signature sig{
            "getrandbits", {"state", "k", "/"}, ArgStyle::Clinic};
        FailureOr<StateCall> call = bindState(in, sig, a);
        if (failed(call))
          return failure();
        MTState *s = call->state;
        FailureOr<int64_t> bits = indexArg(in, call->args["k"], a.loc);
        if (failed(bits))
          return failure();
        int64_t k = *bits;
        if (k < 0)
          return in.raise(a.loc, "ValueError",
                          "number of bits must be non-negative");
        if (k > 63)
          return in.error(a.loc, "random.getrandbits(" + std::to_string(k) +
                                     ") is not supported by scopec (integers "
                                     "are 64-bit; at most 63 bits)");
        uint64_t r = 0;
        if (k <= 32) {
          r = k ? s->next() >> (32 - k) : 0;
        } else {
          uint64_t low = s->next();
          uint64_t high = s->next() >> (64 - k);
          r = low | (high << 32);
        }
        return Value::integer(static_cast<int64_t>(r));
      });
  return Value::object(m);
}
