//===- PythonMutator.cpp - Grammar-aware mutations of model files ---------===//
//
// The text is handled as lines; a block is a line and the deeper-indented
// lines under it, a line's tokens come from a small lexer that knows names,
// numbers, strings and operators (enough to keep mutants parseable, not a
// Python lexer). See PythonMutator.h.
//
//===----------------------------------------------------------------------===//

#include "PythonMutator.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <cstring>
#include <random>
#include <vector>

using llvm::StringRef;

namespace scopec::fuzz {
namespace {

//===----------------------------------------------------------------------===//
// What gets inserted
//===----------------------------------------------------------------------===//

/// Python the model language supports (and some it refuses): each is valid
/// at indentation 0 once `@N` is replaced by a name. They exercise what real
/// model files use: classes, generators, exceptions, decorators, closures,
/// comprehensions, formatting, TF scopes, layers, loops and sandbox escapes.
const char *const kFragments[] = {
    // Classes.
    "class _A(object):\n    n = 1\n    def __init__(self, v=2):\n"
    "        self.v = v\n    def __call__(self, x):\n"
    "        return x * self.v + self.n\n"
    "    @property\n    def w(self):\n        return self.v\n"
    "_a = _A(3)\n@N = _a(@N)\n",
    "class _B(_A if '_A' in dir() else object):\n"
    "    def __init__(self):\n        super().__init__()\n"
    "    @classmethod\n    def make(cls):\n        return cls()\n"
    "    @staticmethod\n    def f(x):\n        return [x]\n"
    "    def __getattr__(self, name):\n        return name\n"
    "_b = _B.make()\nprint(_b.missing, _B.f(1))\n",
    "class _V:\n    __slots__ = ('a',)\n"
    "    def __add__(self, o):\n        return self\n"
    "    def __len__(self):\n        return 2\n"
    "    def __iter__(self):\n        yield 1\n        yield 2\n"
    "    def __eq__(self, o):\n        return True\n"
    "    def __hash__(self):\n        return 0\n"
    "_v = _V()\n_v = _v + _v\nprint(len(_v), list(_v), {_v: 1})\n",
    "class _M(type):\n    pass\n_t = type('_T', (object,), {'k': 1})\n"
    "print(_t.k, isinstance(_t(), _t), issubclass(_t, object))\n",
    // Generators.
    "def _gen(n):\n    i = 0\n    while i < n:\n        x = yield i\n"
    "        i += 1 if x is None else x\n    return i\n"
    "_g = _gen(4)\nprint(next(_g), _g.send(2), list(_g))\n",
    "def _inner():\n    yield 1\n    return 5\n"
    "def _outer():\n    r = yield from _inner()\n    yield r\n"
    "print(list(_outer()), sum(x * x for x in range(3)))\n",
    "def _forever():\n    while True:\n        yield 0\n"
    "for _i, _x in enumerate(_forever()):\n    if _i > 3:\n        break\n",
    // Exceptions.
    "try:\n    @N\nexcept (NameError, AttributeError) as _e:\n"
    "    print(type(_e).__name__, _e)\nelse:\n    pass\nfinally:\n"
    "    _done = True\n",
    "class _Err(ValueError):\n    pass\n"
    "try:\n    try:\n        raise _Err('bad')\n    finally:\n"
    "        print('cleanup')\nexcept ValueError as _e:\n"
    "    print(repr(_e), _e.args)\n",
    "try:\n    raise KeyError('k') from TypeError('t')\n"
    "except KeyError as _e:\n    print(_e.__cause__)\n",
    "class _Ctx:\n    def __enter__(self):\n        return self\n"
    "    def __exit__(self, *a):\n        return True\n"
    "with _Ctx() as _c:\n    raise RuntimeError('swallowed')\n",
    "assert isinstance(@N, object), 'message %s' % (@N,)\n",
    // Functions, closures, decorators.
    "def _deco(f):\n    def wrapper(*args, **kwargs):\n"
    "        return f(*args, **kwargs)\n    return wrapper\n"
    "@_deco\ndef _h(a, b=2, *rest, c=3, **kw):\n    return a + b + c\n"
    "print(_h(1), _h(1, 2, 3, c=4, d=5))\n",
    "import functools\ndef _with(n):\n    def deco(f):\n"
    "        @functools.wraps(f)\n        def inner(*a):\n"
    "            return f(*a) * n\n        return inner\n    return deco\n"
    "@_with(2)\ndef _k(x):\n    return x\nprint(_k(@N), _k.__name__)\n",
    "def _counter():\n    n = 0\n    def inc():\n        nonlocal n\n"
    "        n += 1\n        return n\n    return inc\n"
    "_inc = _counter()\n_inc()\nprint(_inc())\n",
    "_g0 = 0\ndef _setg():\n    global _g0\n    _g0 = [1, 2]\n_setg()\n",
    "_f = lambda *a, **k: (a, k)\nprint(_f(1, x=2), (lambda: @N)())\n",
    "def _rec(n):\n    return n if n < 1 else _rec(n - 1)\nprint(_rec(50))\n",
    // Data.
    "_d = {k: v for k, v in zip('abc', range(3))}\n"
    "_s = {x % 3 for x in range(10)}\n"
    "_l = [[i * j for j in range(3)] for i in range(2) if i]\n"
    "print(sorted(_d.items()), _s, _l, _d.get('z', None))\n",
    "_a, *_b, _c = range(5)\n(_p, _q), _r = (1, 2), 3\n"
    "_l = [1, 2, 3, 4][::-1][1:3]\n_l[0:1] = [7, 8]\ndel _l[-1]\n",
    "print(f'{@N!r:>10} {1.5:.3f} {\"s\"}', '%5.2f|%-4d|%s' % (1.0, 2, 'x'),"
    " '{0}{k}'.format(1, k=2))\n",
    "import collections\n_od = collections.OrderedDict()\n_od['a'] = 1\n"
    "_dd = collections.defaultdict(list)\n_dd['x'].append(1)\n"
    "_nt = collections.namedtuple('_nt', 'a b')\nprint(_nt(1, 2).b)\n",
    "import math\nimport itertools\n"
    "print(list(itertools.product([1, 2], repeat=2)), math.sqrt(2.0),"
    " 2 ** 100, -7 // 2, -7 % 2, 1 / 3, round(2.5))\n",
    "_i = 0\nwhile _i < 3:\n    _i += 1\n    if _i == 2:\n        continue\n"
    "else:\n    print('while else')\n"
    "for _x in []:\n    pass\nelse:\n    print('for else')\n",
    // TF scopes and variables.
    "import tensorflow as tf\n"
    "with tf.variable_scope('s', reuse=tf.AUTO_REUSE):\n"
    "    _w = tf.get_variable('w', [3, 3], "
    "initializer=tf.zeros_initializer())\n"
    "    _w2 = tf.get_variable('w', [3, 3])\n",
    "import tensorflow as tf\nwith tf.variable_scope('r') as _scope:\n"
    "    _v = tf.get_variable('v', [2], dtype=tf.float32)\n"
    "    _scope.reuse_variables()\n    _v2 = tf.get_variable('v', [2])\n"
    "with tf.variable_scope(_scope, reuse=True):\n"
    "    _v3 = tf.get_variable('v')\n",
    "import tensorflow as tf\n"
    "with tf.variable_scope(None, default_name='d'):\n"
    "    with tf.name_scope('n'):\n"
    "        _c = tf.constant([[1.0, 2.0]], name='c')\n"
    "        _y = tf.nn.relu(tf.matmul(_c, tf.ones([2, 4])))\n",
    "import tensorflow as tf\n"
    "_x = tf.placeholder(tf.float32, [None, 8, 8, 3], name='x')\n"
    "_h = tf.layers.conv2d(_x, 4, 3, padding='same', activation=tf.nn.relu)\n"
    "_h = tf.layers.batch_normalization(_h, training=False)\n"
    "_h = tf.layers.max_pooling2d(_h, 2, 2)\n"
    "_h = tf.layers.dense(tf.layers.flatten(_h), 10)\n",
    "import tensorflow as tf\n"
    "_x = tf.placeholder(tf.float32, [2, 5, 3])\n"
    "_cell = tf.nn.rnn_cell.LSTMCell(4)\n"
    "_out, _st = tf.nn.dynamic_rnn(_cell, _x, dtype=tf.float32)\n",
    "import tensorflow as tf\n"
    "_i0 = tf.constant(0)\n"
    "_r = tf.while_loop(lambda i, a: i < 4, lambda i, a: (i + 1, a * 2.0),"
    " [_i0, tf.ones([2])])\n",
    "import tensorflow as tf\n"
    "_p = tf.placeholder(tf.bool, [])\n"
    "_z = tf.cond(_p, lambda: tf.ones([2]), lambda: tf.zeros([2]))\n"
    "_ta = tf.TensorArray(tf.float32, size=2).unstack(tf.ones([2, 3]))\n"
    "_e = _ta.read(1)\n",
    "import tensorflow as tf\n"
    "_n = tf.placeholder(tf.int32, [4])\n"
    "_m = tf.cast(tf.reduce_sum(_n * 2 // 3), tf.float32)\n"
    "_s = tf.shape(tf.reshape(tf.range(12), [3, -1]))\n",
    "import tensorflow as tf\n"
    "slim = tf.contrib.slim\n"
    "_x = tf.placeholder(tf.float32, [1, 4, 4, 2])\n"
    "with slim.arg_scope([slim.conv2d], padding='SAME'):\n"
    "    _y = slim.conv2d(_x, 3, [3, 3], scope='conv')\n"
    "_y = tf.nn.dropout(_y, keep_prob=1.0)\n",
    "import numpy as np\n_a = np.arange(6, dtype=np.float32).reshape(2, 3)\n"
    "print(_a.T.sum(axis=0), np.zeros((2, 2)) + 1, _a[:, 1:])\n",
    // Sandbox escapes and refused features.
    "open('/etc/passwd').read()\n",
    "import os\nos.system('true')\n",
    "__import__('subprocess').call(['true'])\n",
    "exec('x = 1')\neval('1 + 1')\n",
    "print(().__class__.__bases__[0].__subclasses__())\n",
    "import sys\nsys.path.append('/')\nimport ctypes\n",
    "from .. import secret\n",
    // Growth and limits.
    "_s = 'ab'\nfor _i in range(64):\n    _s = _s + _s\n",
    "_l = [0] * (1 << 40)\n",
    "_x = ((((((((((((((((((((1))))))))))))))))))))\n",
    "_n = 10 ** 10000\nprint(len(str(_n)))\n",
};

/// Lines that open a block around others (`mutatePython`'s wrap): the first
/// line goes before the block, the rest after it, at the block's indent.
struct Wrapper {
  const char *head;
  const char *tail;
};
const Wrapper kWrappers[] = {
    {"if @N:", ""},
    {"if not @N:", "else:\n    pass"},
    {"for _i in range(2):", ""},
    {"while False:", ""},
    {"try:", "except Exception as _e:\n    print(_e)"},
    {"try:", "finally:\n    pass"},
    {"with tf.variable_scope('w', reuse=tf.AUTO_REUSE):", ""},
    {"with tf.variable_scope('v'):", ""},
    {"with tf.name_scope('n'):", ""},
    {"def _f():", "_f()"},
    {"def _f(*args, **kwargs):", "_f(1, k=2)"},
    {"def _gen():", "list(_gen())"},
    {"class _C:", ""},
    {"class _D(object):", "_D()"},
    {"with _ctx() if '_ctx' in dir() else open('x'):", ""},
};

/// Expression forms around an expression `E` (`mutatePython`'s nest).
const char *const kNestings[] = {
    "(E)",
    "[E]",
    "(E,)",
    "E if E else E",
    "[E for _ in range(2)][0]",
    "(lambda: E)()",
    "-(E)",
    "not E",
    "E + E",
    "E * 2",
    "E[0]",
    "E.shape",
    "tf.identity(E)",
    "tf.stop_gradient(E)",
    "list(E)",
    "{'k': E}['k']",
    "next(iter([E]))",
    "(yield E)",
    "E(E)",
};

const char *const kNumbers[] = {
    "0",       "1",        "-1",           "2",        "3",
    "7",       "255",      "256",          "65536",    "2 ** 31",
    "2 ** 63", "10 ** 18", "1e308",        "1e-45",    "0.5",
    "-0.0",    "1e400",    "1 << 40",      "100000",   "0x7fffffff",
    "True",    "None",     "float('nan')", "-2 ** 63", "1j",
};

const char *const kStrings[] = {
    "''",      "'/'",      "'a/b'",  "'//'",   "'a' * 100000",
    "'\\x00'", "'%s %d'",  "'{}{}'", "'../x'", "'scope/'",
    "'SAME'",  "'VALID'",  "'NHWC'", "'NCHW'", "'float16'",
    "'é'",     "b'bytes'", "'w:0'",  "'.'",    "'0'",
};

/// Names worth trying where a name is: Python's built-ins, keywords and
/// dunders, and the TF API.
const char *const kNames[] = {
    "self",
    "cls",
    "super",
    "None",
    "object",
    "type",
    "len",
    "range",
    "print",
    "dir",
    "getattr",
    "setattr",
    "isinstance",
    "__class__",
    "__dict__",
    "__init__",
    "__call__",
    "__name__",
    "__module__",
    "__builtins__",
    "tf",
    "np",
    "tf.float32",
    "tf.int32",
    "tf.bool",
    "tf.AUTO_REUSE",
    "tf.get_variable",
    "tf.variable_scope",
    "tf.layers",
    "tf.nn",
    "tf.contrib",
    "tf.Variable",
    "tf.placeholder",
    "tf.zeros",
    "tf.ones",
    "tf.matmul",
};

const char *const kOperatorClasses[][14] = {
    {"+", "-", "*", "/", "//", "%", "**", "@", "&", "|", "^", "<<", ">>"},
    {"<", ">", "==", "!=", "<=", ">="},
    {"+=", "-=", "*=", "/=", "//=", "%=", "**=", "|=", "&=", "^=", "="},
};

//===----------------------------------------------------------------------===//
// Lines, blocks and tokens
//===----------------------------------------------------------------------===//

std::vector<std::string> splitLines(StringRef text) {
  llvm::SmallVector<StringRef> parts;
  text.split(parts, '\n');
  std::vector<std::string> lines(parts.begin(), parts.end());
  if (!lines.empty() && lines.back().empty())
    lines.pop_back();
  return lines;
}

std::string joinLines(llvm::ArrayRef<std::string> lines) {
  std::string text;
  for (const std::string &line : lines)
    text += line + "\n";
  return text;
}

bool isBlank(StringRef line) { return line.trim().empty(); }

unsigned indentOf(StringRef line) {
  return line.size() - line.ltrim(" \t").size();
}

/// One past the last line of the block starting at `begin`.
size_t blockEnd(llvm::ArrayRef<std::string> lines, size_t begin) {
  unsigned indent = indentOf(lines[begin]);
  size_t end = begin + 1;
  while (end < lines.size() &&
         (isBlank(lines[end]) || indentOf(lines[end]) > indent))
    ++end;
  return end;
}

/// The indentation a new line at position `at` gets: that of the line it
/// goes before, or one level deeper after a line opening a block.
unsigned indentAt(llvm::ArrayRef<std::string> lines, size_t at) {
  for (size_t i = at; i > 0; --i) {
    StringRef prev = StringRef(lines[i - 1]).rtrim();
    if (prev.empty())
      continue;
    if (prev.ends_with(":"))
      return indentOf(prev) + 4;
    break;
  }
  return at < lines.size() ? indentOf(lines[at]) : 0;
}

std::string indented(StringRef text, unsigned indent) {
  std::string out;
  for (const std::string &line : splitLines(text))
    out += std::string(line.empty() ? 0 : indent, ' ') + line + "\n";
  return out;
}

enum class TokenKind { Name, Number, String, Operator, Other };

struct Token {
  TokenKind kind;
  size_t begin, end;
};

bool isNameChar(char c) { return llvm::isAlnum(c) || c == '_'; }

std::vector<Token> tokenize(StringRef line) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < line.size()) {
    char c = line[i];
    size_t start = i;
    if (c == '#')
      break;
    if (c == ' ' || c == '\t') {
      ++i;
      continue;
    }
    if (c == '\'' || c == '"') {
      ++i;
      while (i < line.size() && line[i] != c)
        i += line[i] == '\\' ? 2 : 1;
      i = std::min(i + 1, line.size());
      tokens.push_back({TokenKind::String, start, i});
      continue;
    }
    if (llvm::isDigit(c)) {
      while (i < line.size() && (isNameChar(line[i]) || line[i] == '.'))
        ++i;
      tokens.push_back({TokenKind::Number, start, i});
      continue;
    }
    if (isNameChar(c)) {
      while (i < line.size() && (isNameChar(line[i]) || line[i] == '.'))
        ++i;
      // A string prefix (f'', b"", r'') belongs to the string.
      if (i < line.size() && (line[i] == '\'' || line[i] == '"') &&
          i - start <= 2)
        continue;
      tokens.push_back({TokenKind::Name, start, i});
      continue;
    }
    if (llvm::StringRef("+-*/%@&|^<>=!~").contains(c)) {
      while (i < line.size() &&
             llvm::StringRef("+-*/%@&|^<>=!").contains(line[i]) &&
             i - start < 3)
        ++i;
      tokens.push_back({TokenKind::Operator, start, i});
      continue;
    }
    tokens.push_back({TokenKind::Other, start, ++i});
  }
  return tokens;
}

/// For each line, whether a statement starts there (not inside brackets
/// left open by the lines before it).
std::vector<bool> statementStarts(llvm::ArrayRef<std::string> lines) {
  std::vector<bool> starts;
  int depth = 0;
  for (const std::string &line : lines) {
    starts.push_back(depth == 0);
    for (const Token &t : tokenize(line)) {
      if (t.kind != TokenKind::Other)
        continue;
      char c = line[t.begin];
      depth += (c == '(' || c == '[' || c == '{');
      depth -= (c == ')' || c == ']' || c == '}');
    }
    depth = std::max(depth, 0);
  }
  return starts;
}

bool isKeyword(StringRef word) {
  static const char *const keywords[] = {
      "and",      "as",       "assert", "async", "await",  "break",  "class",
      "continue", "def",      "del",    "elif",  "else",   "except", "finally",
      "for",      "from",     "global", "if",    "import", "in",     "is",
      "lambda",   "nonlocal", "not",    "or",    "pass",   "raise",  "return",
      "try",      "while",    "with",   "yield"};
  return llvm::is_contained(keywords, word);
}

/// The first word of a line.
StringRef firstWord(StringRef line) {
  line = line.ltrim(" \t");
  return line.take_while([](char c) { return isNameChar(c); });
}

//===----------------------------------------------------------------------===//
// The mutations
//===----------------------------------------------------------------------===//

class Mutator {
public:
  Mutator(StringRef text, unsigned seed)
      : lines(splitLines(text)), random(seed) {}

  /// Applies one mutation; false if the chosen one did not apply.
  bool mutate();
  std::string text() const { return joinLines(lines); }

private:
  size_t below(size_t n) {
    return n == 0 ? 0 : std::uniform_int_distribution<size_t>(0, n - 1)(random);
  }
  template <typename T, size_t N> const T &pick(const T (&items)[N]) {
    return items[below(N)];
  }
  /// A random non-blank line starting a statement, or lines.size() if
  /// there is none.
  size_t someLine() {
    std::vector<bool> starts = statementStarts(lines);
    for (int attempt = 0; attempt < 8 && !lines.empty(); ++attempt) {
      size_t i = below(lines.size());
      if (!isBlank(lines[i]) && starts[i])
        return i;
    }
    return lines.size();
  }
  /// A random position between two statements (or at the end).
  size_t somePosition() {
    std::vector<bool> starts = statementStarts(lines);
    for (int attempt = 0; attempt < 8; ++attempt) {
      size_t at = below(lines.size() + 1);
      if (at == lines.size() || starts[at])
        return at;
    }
    return lines.size();
  }
  /// Every token of kind `kind` in the text, as strings.
  std::vector<std::string> tokensOfKind(TokenKind kind) {
    std::vector<std::string> found;
    for (const std::string &line : lines)
      for (const Token &t : tokenize(line))
        if (t.kind == kind)
          found.push_back(line.substr(t.begin, t.end - t.begin));
    return found;
  }
  /// A name used in the text (or a well-known one).
  std::string someName() {
    std::vector<std::string> names;
    for (std::string &name : tokensOfKind(TokenKind::Name))
      if (!isKeyword(name))
        names.push_back(std::move(name));
    if (names.empty() || below(4) == 0)
      return pick(kNames);
    return names[below(names.size())];
  }
  std::string fill(StringRef fragment) {
    std::string out;
    for (size_t i = 0; i < fragment.size(); ++i) {
      if (fragment.substr(i).starts_with("@N")) {
        out += someName();
        ++i;
        continue;
      }
      out += fragment[i];
    }
    return out;
  }
  void insertText(size_t at, StringRef text) {
    std::vector<std::string> inserted = splitLines(text);
    lines.insert(lines.begin() + at, inserted.begin(), inserted.end());
  }
  /// After deleting lines, a block opener left without a body gets `pass`.
  void keepBody(size_t at) {
    if (at == 0 || at > lines.size())
      return;
    StringRef prev = StringRef(lines[at - 1]).rtrim();
    if (!prev.ends_with(":"))
      return;
    if (at < lines.size() && indentOf(lines[at]) > indentOf(prev))
      return;
    lines.insert(lines.begin() + at,
                 std::string(indentOf(prev) + 4, ' ') + "pass");
  }

  bool replaceToken();
  bool deleteBlock();
  bool duplicateBlock();
  bool swapBlocks();
  bool insertFragment();
  bool wrapBlock();
  bool nestExpression();
  bool addModule();
  bool copyLine();

  std::vector<std::string> lines;
  std::minstd_rand random;
};

bool Mutator::mutate() {
  switch (below(10)) {
  case 0:
  case 1:
    return replaceToken();
  case 2:
    return deleteBlock();
  case 3:
    return duplicateBlock();
  case 4:
    return swapBlocks();
  case 5:
    return insertFragment();
  case 6:
    return wrapBlock();
  case 7:
    return nestExpression();
  case 8:
    return addModule();
  default:
    return copyLine();
  }
}

/// A name, number, string or operator becomes another of its kind.
bool Mutator::replaceToken() {
  size_t i = someLine();
  if (i == lines.size())
    return false;
  std::vector<Token> tokens = tokenize(lines[i]);
  if (tokens.empty())
    return false;
  const Token &t = tokens[below(tokens.size())];
  std::string old = lines[i].substr(t.begin, t.end - t.begin);
  std::string replacement;
  switch (t.kind) {
  case TokenKind::Name: {
    if (isKeyword(old))
      return false;
    // Where a name is bound (def, class, import, for, an assignment's
    // target), a dotted name is a syntax error: take a plain one.
    StringRef after = StringRef(lines[i]).substr(t.end).ltrim();
    bool binds = llvm::is_contained({"def", "class", "import", "from", "for",
                                     "global", "nonlocal", "as"},
                                    firstWord(lines[i])) ||
                 (after.starts_with("=") && !after.starts_with("=="));
    for (int attempt = 0; attempt < 4; ++attempt) {
      replacement = someName();
      if (!binds || !StringRef(replacement).contains('.'))
        break;
    }
    if (binds && StringRef(replacement).contains('.'))
      return false;
    break;
  }
  case TokenKind::Number:
    replacement = pick(kNumbers);
    break;
  case TokenKind::String: {
    std::vector<std::string> strings = tokensOfKind(TokenKind::String);
    replacement =
        below(2) ? std::string(pick(kStrings)) : strings[below(strings.size())];
    break;
  }
  case TokenKind::Operator:
    for (const auto &operators : kOperatorClasses) {
      size_t count = 0;
      bool member = false;
      for (; count < std::size(operators) && operators[count]; ++count)
        member |= old == operators[count];
      if (member)
        replacement = operators[below(count)];
    }
    if (replacement.empty())
      return false;
    break;
  case TokenKind::Other:
    return false;
  }
  lines[i].replace(t.begin, t.end - t.begin, replacement);
  return true;
}

bool Mutator::deleteBlock() {
  size_t i = someLine();
  if (i == lines.size())
    return false;
  lines.erase(lines.begin() + i, lines.begin() + blockEnd(lines, i));
  keepBody(i);
  return true;
}

bool Mutator::duplicateBlock() {
  size_t i = someLine();
  if (i == lines.size())
    return false;
  size_t end = blockEnd(lines, i);
  std::vector<std::string> copy(lines.begin() + i, lines.begin() + end);
  lines.insert(lines.begin() + end, copy.begin(), copy.end());
  return true;
}

/// Swaps a block with the next block at the same indentation.
bool Mutator::swapBlocks() {
  size_t i = someLine();
  if (i == lines.size())
    return false;
  size_t mid = blockEnd(lines, i);
  if (mid == lines.size() || indentOf(lines[mid]) != indentOf(lines[i]))
    return false;
  size_t end = blockEnd(lines, mid);
  std::rotate(lines.begin() + i, lines.begin() + mid, lines.begin() + end);
  return true;
}

bool Mutator::insertFragment() {
  size_t at = somePosition();
  insertText(at, indented(fill(pick(kFragments)), indentAt(lines, at)));
  return true;
}

/// Puts a block under a new `if`/`for`/`try`/`with`/`def`/`class` line.
bool Mutator::wrapBlock() {
  size_t i = someLine();
  if (i == lines.size())
    return false;
  size_t end = blockEnd(lines, i);
  unsigned indent = indentOf(lines[i]);
  const Wrapper &w = pick(kWrappers);
  for (size_t k = i; k < end; ++k)
    if (!isBlank(lines[k]))
      lines[k].insert(0, 4, ' ');
  insertText(end, indented(fill(w.tail), indent));
  insertText(i, indented(fill(w.head), indent));
  return true;
}

/// Nests the right-hand side of an assignment (or a whole expression
/// statement) in another expression.
bool Mutator::nestExpression() {
  size_t i = someLine();
  if (i == lines.size())
    return false;
  std::string &line = lines[i];
  if (i + 1 < lines.size() && !statementStarts(lines)[i + 1])
    return false;
  size_t start = indentOf(line);
  StringRef word = firstWord(line);
  if (word == "return")
    start += 7;
  else if (isKeyword(word) || StringRef(line).ltrim().starts_with("@"))
    return false;
  size_t eq = line.find(" = ");
  if (eq != std::string::npos)
    start = eq + 3;
  StringRef expr = StringRef(line).substr(start).rtrim();
  if (expr.empty() || expr.ends_with(":") || expr.ends_with(",") ||
      expr.ends_with("(") || expr.ends_with("[") || expr.ends_with("\\"))
    return false;
  std::string nested;
  for (char c : StringRef(pick(kNestings))) {
    if (c == 'E')
      nested += expr;
    else
      nested += c;
  }
  line = line.substr(0, start) + nested;
  return true;
}

/// Adds a sibling module (a `#### module NAME.py` section, see ModelFiles.h)
/// holding a fragment, and imports it at the top of the main file.
bool Mutator::addModule() {
  std::string name = "m" + std::to_string(below(4));
  bool package = below(3) == 0;
  std::string path = package ? "pkg/" + name + ".py" : name + ".py";
  std::string module = package ? "pkg." + name : name;
  lines.push_back("#### module " + path);
  insertText(lines.size(), fill(pick(kFragments)));
  if (package && below(2))
    insertText(lines.size(),
               "#### module pkg/__init__.py\nfrom . import " + name + "\n");
  const char *forms[] = {"import ", "from ", "import "};
  size_t form = below(3);
  std::string statement = form == 1 ? "from " + module + " import *"
                                    : std::string(forms[form]) + module +
                                          (form == 2 ? " as _mod" : "");
  lines.insert(lines.begin(), statement);
  return true;
}

/// Copies a line elsewhere, re-indented.
bool Mutator::copyLine() {
  size_t i = someLine();
  if (i == lines.size())
    return false;
  if (i + 1 < lines.size() && !statementStarts(lines)[i + 1])
    return false;
  std::string copy = StringRef(lines[i]).trim().str();
  size_t at = somePosition();
  unsigned indent = indentAt(lines, at);
  // A copied block opener gets a body of its own.
  if (StringRef(copy).ends_with(":"))
    lines.insert(lines.begin() + at, std::string(indent + 4, ' ') + "pass");
  lines.insert(lines.begin() + at, std::string(indent, ' ') + copy);
  return true;
}

size_t store(StringRef text, uint8_t *out, size_t maxSize) {
  if (text.size() > maxSize)
    return 0;
  std::memcpy(out, text.data(), text.size());
  return text.size();
}

} // namespace

size_t mutatePython(uint8_t *data, size_t size, size_t maxSize, unsigned seed,
                    ByteMutator bytes) {
  std::minstd_rand random(seed);
  if (random() % 8 != 0) {
    Mutator mutator(StringRef(reinterpret_cast<const char *>(data), size),
                    random());
    for (int attempt = 0; attempt < 4; ++attempt)
      if (mutator.mutate())
        break;
    if (size_t stored = store(mutator.text(), data, maxSize))
      return stored;
  }
  return bytes(data, size, maxSize);
}

size_t crossOverPython(StringRef first, StringRef second, uint8_t *out,
                       size_t maxSize, unsigned seed) {
  std::minstd_rand random(seed);
  std::vector<std::string> lines = splitLines(first);
  std::vector<std::string> donor = splitLines(second);
  if (donor.empty())
    return 0;
  std::vector<bool> donorStarts = statementStarts(donor);
  size_t begin = random() % donor.size();
  while (begin > 0 && !donorStarts[begin])
    --begin;
  size_t end = blockEnd(donor, begin);
  unsigned from = indentOf(donor[begin]);
  std::vector<bool> starts = statementStarts(lines);
  size_t at = random() % (lines.size() + 1);
  while (at < lines.size() && !starts[at])
    ++at;
  unsigned to = indentAt(lines, at);
  std::vector<std::string> block;
  for (size_t i = begin; i < end; ++i) {
    StringRef line = donor[i];
    unsigned own = indentOf(line);
    block.push_back(std::string(to + (own > from ? own - from : 0), ' ') +
                    line.ltrim(" \t").str());
  }
  lines.insert(lines.begin() + at, block.begin(), block.end());
  return store(joinLines(lines), out, maxSize);
}

llvm::ArrayRef<const char *> pythonFragments() { return kFragments; }

} // namespace scopec::fuzz
