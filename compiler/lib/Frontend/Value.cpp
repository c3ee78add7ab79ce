//===- Value.cpp - Python values of the compile-time interpreter ----------===//

#include "Value.h"
#include "Unicode.h"

#include "llvm/ADT/STLExtras.h"

#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <unordered_set>

using namespace scopec::frontend;

namespace {
/// Every Object alive on this thread: each interpreter runs on its own
/// thread (importModel), and its objects never leave it.
std::unordered_set<const Object *> &liveSet() {
  thread_local std::unordered_set<const Object *> set;
  return set;
}
} // namespace

Object::Object(ObjKind kind) : kind(kind) { liveSet().insert(this); }

Object::~Object() { liveSet().erase(this); }

namespace {
/// Containers released while another container is being destroyed: freed
/// by the outermost destructor in a loop, so deeply nested lists cannot
/// overflow the stack.
thread_local std::vector<ObjectRef> *pendingRelease = nullptr;

void releaseChildren(std::vector<Value> &values) {
  std::vector<ObjectRef> local;
  bool outermost = pendingRelease == nullptr;
  if (outermost)
    pendingRelease = &local;
  for (Value &v : values)
    if (v.isObj() && (v.isSeq() || v.isDict()) && v.ref().use_count() == 1)
      pendingRelease->push_back(v.ref());
  values.clear();
  if (!outermost)
    return;
  while (!local.empty()) {
    ObjectRef last = std::move(local.back());
    local.pop_back();
    last.reset();
  }
  pendingRelease = nullptr;
}
} // namespace

SeqObj::~SeqObj() { releaseChildren(items); }

DictObj::~DictObj() {
  std::vector<Value> values;
  for (auto &kv : entries) {
    values.push_back(std::move(kv.first));
    values.push_back(std::move(kv.second));
  }
  entries.clear();
  releaseChildren(values);
}

SetObj::~SetObj() {
  std::vector<Value> values;
  for (Slot &slot : slots)
    values.push_back(std::move(slot.value));
  slots.clear();
  releaseChildren(values);
}

std::vector<Object *> scopec::frontend::liveObjects() {
  std::vector<Object *> all;
  all.reserve(liveSet().size());
  for (const Object *o : liveSet())
    all.push_back(const_cast<Object *>(o));
  return all;
}

bool scopec::frontend::isLiveObject(const Object *o) {
  return liveSet().count(o) != 0;
}

bool AttrDict::erase(llvm::StringRef name) {
  if (!map.erase(name))
    return false;
  auto it = std::find(order.begin(), order.end(), name);
  if (it != order.end())
    order.erase(it);
  return true;
}

//===----------------------------------------------------------------------===//
// The object protocol: by default an object supports nothing.
//===----------------------------------------------------------------------===//

Result Object::getAttr(Interpreter &, const std::string &, SrcLoc) {
  return Result::notImplemented();
}
Result Object::binaryOp(Interpreter &, BinOpKind, const Value &, const Value &,
                        SrcLoc) {
  return Result::notImplemented();
}
Result Object::unaryOp(Interpreter &, UnaryOpKind, SrcLoc) {
  return Result::notImplemented();
}
Result Object::compare(Interpreter &, CmpOpKind, const Value &, const Value &,
                       SrcLoc) {
  return Result::notImplemented();
}
Result Object::getItem(Interpreter &, const Value &, SrcLoc) {
  return Result::notImplemented();
}
Result Object::setItem(Interpreter &, const Value &, const Value &, SrcLoc) {
  return Result::notImplemented();
}
Result Object::contains(Interpreter &, const Value &, SrcLoc) {
  return Result::notImplemented();
}
Result Object::len(Interpreter &, SrcLoc) { return Result::notImplemented(); }
Result Object::iterate(Interpreter &, SrcLoc,
                       llvm::function_ref<LogicalResult(const Value &)>) {
  return Result::notImplemented();
}
Result Object::call(Interpreter &, CallArgs &) {
  return Result::notImplemented();
}
Result Object::enter(Interpreter &, SrcLoc) { return Result::notImplemented(); }
Result Object::exit(Interpreter &, SrcLoc, const Value &) {
  return Result::notImplemented();
}
bool Object::hash(std::string &key, std::string &) const {
  key = "p" + std::to_string(reinterpret_cast<uintptr_t>(this));
  return true;
}

std::string SliceObj::repr() const {
  return "slice(" + scopec::frontend::repr(start) + ", " +
         scopec::frontend::repr(stop) + ", " + scopec::frontend::repr(step) +
         ")";
}

bool SliceObj::hash(std::string &, std::string &error) const {
  // Slices are unhashable before Python 3.12.
  error = "unhashable type: 'slice'";
  return false;
}

void SliceObj::dropReferences() {
  Value a = std::move(start), b = std::move(stop), c = std::move(step);
}

std::string Object::repr() const {
  char buf[64];
  snprintf(buf, sizeof(buf), " object at 0x%llx>",
           static_cast<unsigned long long>(
               0x7f0000000000ULL +
               (reinterpret_cast<uintptr_t>(this) & 0xffffffffULL)));
  return "<" + typeName() + buf;
}

Value Value::str(std::string s) {
  return object(std::make_shared<StrObj>(std::move(s)));
}
Value Value::list(std::vector<Value> items) {
  return object(std::make_shared<SeqObj>(ObjKind::List, std::move(items)));
}
Value Value::tuple(std::vector<Value> items) {
  return object(std::make_shared<SeqObj>(ObjKind::Tuple, std::move(items)));
}

bool Value::is(ObjKind k) const { return tag == Tag::Obj && obj->kind == k; }

const std::string &Value::getStr() const {
  return static_cast<StrObj *>(obj.get())->s;
}

std::vector<Value> &Value::items() const {
  return static_cast<SeqObj *>(obj.get())->items;
}

//===----------------------------------------------------------------------===//
// Floats
//===----------------------------------------------------------------------===//

/// Shortest "%.*e" digits that round-trip; returns mantissa digits and exp.
static void shortestDigits(double d, bool single, std::string &digits,
                           int &exp10) {
  char buf[64];
  for (int prec = 0; prec < 17; ++prec) {
    snprintf(buf, sizeof(buf), "%.*e", prec, d);
    double back = std::strtod(buf, nullptr);
    bool ok = single ? static_cast<float>(back) == static_cast<float>(d)
                     : back == d;
    if (ok)
      break;
  }
  // buf is like "-1.2345e+05".
  std::string s = buf;
  if (!s.empty() && s[0] == '-')
    s = s.substr(1);
  size_t e = s.find('e');
  exp10 = std::atoi(s.c_str() + e + 1);
  digits.clear();
  for (size_t i = 0; i < e; ++i)
    if (s[i] != '.')
      digits.push_back(s[i]);
  while (digits.size() > 1 && digits.back() == '0')
    digits.pop_back();
}

static std::string formatShortest(double d, bool single) {
  if (std::isnan(d))
    return "nan";
  if (std::isinf(d))
    return d < 0 ? "-inf" : "inf";
  if (d == 0)
    return std::signbit(d) ? "-0.0" : "0.0";
  std::string digits;
  int exp10;
  shortestDigits(d, single, digits, exp10);
  std::string sign = d < 0 ? "-" : "";
  if (exp10 < -4 || exp10 >= 16) {
    std::string m = digits.substr(0, 1);
    if (digits.size() > 1)
      m += "." + digits.substr(1);
    char eb[16];
    snprintf(eb, sizeof(eb), "e%c%02d", exp10 < 0 ? '-' : '+',
             std::abs(exp10));
    return sign + m + eb;
  }
  std::string out;
  if (exp10 < 0) {
    out = "0." + std::string(-exp10 - 1, '0') + digits;
  } else if (static_cast<int>(digits.size()) <= exp10 + 1) {
    out = digits + std::string(exp10 + 1 - digits.size(), '0') + ".0";
  } else {
    out = digits.substr(0, exp10 + 1) + "." + digits.substr(exp10 + 1);
  }
  return sign + out;
}

std::string scopec::frontend::formatFloatRepr(double d) {
  return formatShortest(d, false);
}

std::string scopec::frontend::formatFloat32Repr(float f) {
  return formatShortest(static_cast<double>(f), true);
}

//===----------------------------------------------------------------------===//
// repr / str
//===----------------------------------------------------------------------===//

std::string StrObj::repr() const { return unicode::reprStr(s); }

namespace {
/// Guards printing of self-containing containers (`a.append(a)`).
thread_local int reprDepth = 0;
struct ReprGuard {
  bool tooDeep;
  ReprGuard() : tooDeep(++reprDepth > 200) {}
  ~ReprGuard() { --reprDepth; }
};
} // namespace

std::string SeqObj::repr() const {
  bool isList = kind == ObjKind::List;
  ReprGuard guard;
  if (guard.tooDeep)
    return isList ? "[...]" : "(...)";
  std::string out = isList ? "[" : "(";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i)
      out += ", ";
    out += scopec::frontend::repr(items[i]);
  }
  if (!isList && items.size() == 1)
    out += ",";
  out += isList ? "]" : ")";
  return out;
}

std::string DictObj::repr() const {
  ReprGuard guard;
  if (guard.tooDeep)
    return "{...}";
  std::string out = "{";
  for (size_t i = 0; i < entries.size(); ++i) {
    if (i)
      out += ", ";
    out += scopec::frontend::repr(entries[i].first) + ": " +
           scopec::frontend::repr(entries[i].second);
  }
  return out + "}";
}

std::string SetObj::repr() const {
  bool frozen = kind == ObjKind::FrozenSet;
  if (index.empty())
    return frozen ? "frozenset()" : "set()";
  std::string out = frozen ? "frozenset({" : "{";
  bool first = true;
  for (const Slot &slot : slots) {
    if (!slot.live)
      continue;
    if (!first)
      out += ", ";
    first = false;
    out += scopec::frontend::repr(slot.value);
  }
  return out + (frozen ? "})" : "}");
}

void SetObj::add(const std::string &hashKey, const Value &v) {
  if (index.count(hashKey))
    return;
  index[hashKey] = slots.size();
  slots.push_back({hashKey, v, true});
  ++version;
}

bool SetObj::erase(const std::string &hashKey) {
  auto it = index.find(hashKey);
  if (it == index.end())
    return false;
  Slot &slot = slots[it->second];
  slot.live = false;
  Value dropped = std::move(slot.value);
  index.erase(it);
  ++version;
  // Compact once the holes outnumber the elements (amortized O(1)).
  if (slots.size() > 2 * index.size() + 8) {
    std::vector<Slot> kept;
    for (Slot &s : slots)
      if (s.live)
        kept.push_back(std::move(s));
    slots = std::move(kept);
    for (size_t i = 0; i < slots.size(); ++i)
      index[slots[i].key] = i;
  }
  return true;
}

void SetObj::clear() {
  std::vector<Value> values;
  for (Slot &slot : slots)
    values.push_back(std::move(slot.value));
  slots.clear();
  index.clear();
  ++version;
}

std::vector<Value> SetObj::elements() const {
  std::vector<Value> out;
  out.reserve(index.size());
  for (const Slot &slot : slots)
    if (slot.live)
      out.push_back(slot.value);
  return out;
}

std::string SetObj::frozenKey() const {
  // Equal sets have equal keys whatever their order.
  std::vector<std::string> keys;
  for (auto &kv : index)
    keys.push_back(kv.first);
  std::sort(keys.begin(), keys.end());
  std::string key = "F(";
  for (const std::string &k : keys)
    key += std::to_string(k.size()) + ":" + k;
  return key + ")";
}

int64_t DictObj::find(const std::string &hashKey) const {
  auto it = index.find(hashKey);
  return it == index.end() ? -1 : static_cast<int64_t>(it->second);
}

void DictObj::set(const std::string &hashKey, Value key, Value value) {
  int64_t i = find(hashKey);
  if (i >= 0) {
    entries[i].second = std::move(value);
    return;
  }
  index[hashKey] = entries.size();
  entries.emplace_back(std::move(key), std::move(value));
  keys.push_back(hashKey);
}

bool DictObj::erase(const std::string &hashKey) {
  int64_t i = find(hashKey);
  if (i < 0)
    return false;
  entries.erase(entries.begin() + i);
  keys.erase(keys.begin() + i);
  index.clear();
  for (size_t k = 0; k < keys.size(); ++k)
    index[keys[k]] = k;
  return true;
}

std::string FunctionObj::repr() const {
  char buf[32];
  snprintf(buf, sizeof(buf), "0x7f%010llx",
           static_cast<unsigned long long>(0x1000 + id * 0x90));
  return "<function " + qualname + " at " + buf + ">";
}

std::string BuiltinObj::repr() const {
  if (isType)
    return "<class '" + name + "'>";
  return "<built-in function " + name + ">";
}

std::string scopec::frontend::repr(const Value &v) {
  switch (v.getTag()) {
  case Value::Tag::None:
    return "None";
  case Value::Tag::Bool:
    return v.getBool() ? "True" : "False";
  case Value::Tag::Int:
    return std::to_string(v.getInt());
  case Value::Tag::Float:
    return formatFloatRepr(v.getFloat());
  case Value::Tag::Obj:
    return v.get()->repr();
  }
  return "?";
}

std::string scopec::frontend::str(const Value &v) {
  if (v.isObj())
    return v.get()->str();
  return repr(v);
}

std::string scopec::frontend::typeName(const Value &v) {
  switch (v.getTag()) {
  case Value::Tag::None:
    return "NoneType";
  case Value::Tag::Bool:
    return "bool";
  case Value::Tag::Int:
    return "int";
  case Value::Tag::Float:
    return "float";
  case Value::Tag::Obj:
    return v.get()->typeName();
  }
  return "?";
}

bool scopec::frontend::truthy(const Value &v, bool &result,
                              std::string &error) {
  switch (v.getTag()) {
  case Value::Tag::None:
    result = false;
    return true;
  case Value::Tag::Bool:
  case Value::Tag::Int:
    result = v.getInt() != 0;
    return true;
  case Value::Tag::Float:
    result = v.getFloat() != 0;
    return true;
  case Value::Tag::Obj:
    break;
  }
  switch (v.get()->kind) {
  case ObjKind::Str:
    result = !v.getStr().empty();
    return true;
  case ObjKind::List:
  case ObjKind::Tuple:
    result = !v.items().empty();
    return true;
  case ObjKind::Dict:
    result = !v.as<DictObj>()->entries.empty();
    return true;
  case ObjKind::Set:
  case ObjKind::FrozenSet:
    result = v.as<SetObj>()->size() != 0;
    return true;
  default: {
    int t = v.get()->truth();
    if (t < 0) {
      error = "The truth value of an array with more than one element is "
              "ambiguous. Use a.any() or a.all()";
      return false;
    }
    result = t != 0;
    return true;
  }
  }
}

bool scopec::frontend::hashKey(const Value &v, std::string &key,
                               std::string &error) {
  switch (v.getTag()) {
  case Value::Tag::None:
    key = "N";
    return true;
  case Value::Tag::Bool:
  case Value::Tag::Int:
    key = "n" + std::to_string(v.getInt());
    return true;
  case Value::Tag::Float: {
    double d = v.getFloat();
    if (std::floor(d) == d && std::fabs(d) < 9.2e18) {
      key = "n" + std::to_string(static_cast<int64_t>(d));
      return true;
    }
    key = "f" + formatFloatRepr(d);
    return true;
  }
  case Value::Tag::Obj:
    break;
  }
  switch (v.get()->kind) {
  case ObjKind::Str:
    key = "s" + v.getStr();
    return true;
  case ObjKind::Tuple: {
    key = "t(";
    for (const Value &x : v.items()) {
      std::string k;
      if (!hashKey(x, k, error))
        return false;
      key += std::to_string(k.size()) + ":" + k;
    }
    key += ")";
    return true;
  }
  case ObjKind::FrozenSet:
    key = v.as<SetObj>()->frozenKey();
    return true;
  case ObjKind::List:
  case ObjKind::Dict:
  case ObjKind::Set:
    error = "unhashable type: '" + v.get()->typeName() + "'";
    return false;
  default:
    return v.get()->hash(key, error);
  }
}

bool scopec::frontend::identical(const Value &a, const Value &b) {
  if (a.getTag() != b.getTag())
    return false;
  switch (a.getTag()) {
  case Value::Tag::None:
    return true;
  case Value::Tag::Bool:
  case Value::Tag::Int:
    return a.getInt() == b.getInt();
  case Value::Tag::Float:
    return a.getFloat() == b.getFloat();
  case Value::Tag::Obj:
    return a.get() == b.get();
  }
  return false;
}

bool scopec::frontend::valuesEqual(const Value &a, const Value &b) {
  if (a.isNumber() && b.isNumber()) {
    if (a.isIntLike() && b.isIntLike())
      return a.getInt() == b.getInt();
    return a.asDouble() == b.asDouble();
  }
  if (a.isNone() || b.isNone())
    return a.isNone() && b.isNone();
  if (a.isObj() && b.isObj() && a.get() == b.get())
    return true;
  // Objects with an equality of their own first (an OrderedDict compares
  // order with another OrderedDict, a deque is never equal to a list).
  for (const Value *v : {&a, &b})
    if (v->isObj())
      if (int r = v->get()->equals(v == &a ? b : a); r >= 0)
        return r != 0;
  if (a.isStr() && b.isStr())
    return a.getStr() == b.getStr();
  if ((a.isList() && b.isList()) || (a.isTuple() && b.isTuple())) {
    auto &x = a.items(), &y = b.items();
    if (x.size() != y.size())
      return false;
    for (size_t i = 0; i < x.size(); ++i)
      if (!valuesEqual(x[i], y[i]))
        return false;
    return true;
  }
  auto isSet = [](const Value &v) {
    return v.is(ObjKind::Set) || v.is(ObjKind::FrozenSet);
  };
  if (isSet(a) && isSet(b)) {
    auto *x = a.as<SetObj>(), *y = b.as<SetObj>();
    if (x->size() != y->size())
      return false;
    for (auto &kv : x->index)
      if (!y->hasKey(kv.first))
        return false;
    return true;
  }
  if (a.isDict() && b.isDict()) {
    auto *x = a.as<DictObj>(), *y = b.as<DictObj>();
    if (x->entries.size() != y->entries.size())
      return false;
    for (size_t i = 0; i < x->entries.size(); ++i) {
      int64_t j = y->find(x->keys[i]);
      if (j < 0 || !valuesEqual(x->entries[i].second, y->entries[j].second))
        return false;
    }
    return true;
  }
  return false;
}

std::string RangeObj::repr() const {
  std::string s = "range(" + std::to_string(start) + ", " + std::to_string(stop);
  if (step != 1)
    s += ", " + std::to_string(step);
  return s + ")";
}

int64_t RangeObj::size() const {
  if (step > 0 && start < stop)
    return static_cast<int64_t>(
        (static_cast<__int128>(stop) - start + step - 1) / step);
  if (step < 0 && start > stop)
    return static_cast<int64_t>(
        (static_cast<__int128>(start) - stop - step - 1) /
        -static_cast<__int128>(step));
  return 0;
}
