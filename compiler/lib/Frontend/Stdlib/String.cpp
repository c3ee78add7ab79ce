//===- String.cpp - The `string` module -----------------------------------===//
//
// The character-class constants and capwords().
//
//===----------------------------------------------------------------------===//

#include "Support.h"

#include "llvm/ADT/StringExtras.h"

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;

Value stdlib::makeString(Interpreter &in) {
  (void)in;
  auto m = newModule("string");
  const std::string lower = "abcdefghijklmnopqrstuvwxyz";
  const std::string upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const std::string digits = "0123456789";
  const std::string punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
  const std::string whitespace = " \t\n\r\x0b\x0c";
  m->add("ascii_lowercase", Value::str(lower));
  m->add("ascii_uppercase", Value::str(upper));
  m->add("ascii_letters", Value::str(lower + upper));
  m->add("digits", Value::str(digits));
  m->add("hexdigits", Value::str(digits + "abcdefABCDEF"));
  m->add("octdigits", Value::str("01234567"));
  m->add("punctuation", Value::str(punctuation));
  m->add("whitespace", Value::str(whitespace));
  m->add("printable",
         Value::str(digits + lower + upper + punctuation + whitespace));
  // capwords(s, sep=None): split, capitalize each word, join.
  addFunction(*m, "capwords",
              [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                static const Signature sig{"capwords", {"s", "sep="}};
                FailureOr<BoundArgs> bound = in.bind(sig, a);
                if (failed(bound))
                  return failure();
                BoundArgs &v = *bound;
                FailureOr<Value> split = in.getAttr(v["s"], "split", a.loc);
                if (failed(split))
                  return failure();
                CallArgs c;
                c.loc = a.loc;
                if (v.given("sep"))
                  c.pos.push_back(v["sep"]);
                FailureOr<Value> words = in.call(*split, c);
                if (failed(words))
                  return failure();
                std::vector<std::string> parts;
                for (const Value &w : words->items()) {
                  std::string s = w.getStr();
                  for (char &ch : s)
                    ch = llvm::toLower(ch);
                  if (!s.empty())
                    s[0] = llvm::toUpper(s[0]);
                  parts.push_back(s);
                }
                std::string sep =
                    v.given("sep") && !v["sep"].isNone() ? str(v["sep"]) : " ";
                return Value::str(llvm::join(parts, sep));
              });
  return Value::object(m);
}
