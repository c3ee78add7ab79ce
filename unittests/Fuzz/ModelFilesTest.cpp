//===- ModelFilesTest.cpp - Model-file fuzz inputs with modules -----------===//

#include "ModelFiles.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <gtest/gtest.h>

using namespace scopec::fuzz;

namespace {

std::string readFile(llvm::StringRef path) {
  auto buffer = llvm::MemoryBuffer::getFile(path);
  return buffer ? (*buffer)->getBuffer().str() : "<missing>";
}

TEST(ModelFilesTest, SplitsModules) {
  ModelSources s = splitModelSources("import m\nm.f()\n"
                                     "#### module m.py\ndef f():\n    pass\n"
                                     "#### module pkg/__init__.py\n"
                                     "#### module pkg/sub.py\nX = 1");
  EXPECT_EQ(s.main, "import m\nm.f()\n");
  ASSERT_EQ(s.modules.size(), 3u);
  EXPECT_EQ(s.modules[0].first, "m.py");
  EXPECT_EQ(s.modules[0].second, "def f():\n    pass\n");
  EXPECT_EQ(s.modules[1].first, "pkg/__init__.py");
  EXPECT_EQ(s.modules[1].second, "");
  EXPECT_EQ(s.modules[2].first, "pkg/sub.py");
  EXPECT_EQ(s.modules[2].second, "X = 1");
}

TEST(ModelFilesTest, BadHeadersStayText) {
  for (const char *header :
       {"#### module ../up.py", "#### module /abs.py", "#### module a/../b.py",
        "#### module 1x.py", "#### module m.txt", "#### module a/b/c/d.py",
        "#### module .py", "#### module a b.py"}) {
    std::string input = std::string("x = 1\n") + header + "\ny = 2\n";
    ModelSources s = splitModelSources(input);
    EXPECT_EQ(s.main, input) << header;
    EXPECT_TRUE(s.modules.empty()) << header;
  }
}

TEST(ModelFilesTest, WritesOnlyTheCurrentInputsModules) {
  ModelFiles files;
  std::string main =
      files.write(splitModelSources("import a\n#### module a.py\nA = 1\n"
                                    "#### module p/b.py\nB = 2\n"));
  llvm::StringRef dir = llvm::sys::path::parent_path(main);
  EXPECT_EQ(llvm::sys::path::filename(main), "model.py");
  EXPECT_FALSE(llvm::sys::fs::exists(main));
  EXPECT_EQ(readFile((dir + "/a.py").str()), "A = 1\n");
  EXPECT_EQ(readFile((dir + "/p/b.py").str()), "B = 2\n");

  std::string next = files.write(splitModelSources("#### module c.py\n"));
  EXPECT_EQ(next, main);
  EXPECT_FALSE(llvm::sys::fs::exists(dir + "/a.py"));
  EXPECT_FALSE(llvm::sys::fs::exists(dir + "/p"));
  EXPECT_EQ(readFile((dir + "/c.py").str()), "");
}

} // namespace
