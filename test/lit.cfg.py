# -*- Python -*-
# The scopec lit suite: FileCheck tests of every stage (.mlir through
# scopec-opt, model files .py through scopec) and end-to-end tests.

import os

import lit.formats
from lit.llvm import llvm_config

config.name = "scopec"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".py", ".test"]
config.excludes = ["lit.cfg.py", "lit.site.cfg.py", "Inputs", "Unit",
                   "CMakeLists.txt", "README.md"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.scopec_obj_root, "test")

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(("%scopec_src_root", config.scopec_src_root))
config.substitutions.append(("%scopec_obj_root", config.scopec_obj_root))
config.substitutions.append(("%host_cxx", config.host_cxx))
# Linking the runtime or a generated library by hand needs the sanitizer
# runtime in a SCOPEC_SANITIZE build (empty otherwise).
config.substitutions.append(("%sanitizer_link_flags",
                             config.sanitizer_link_flags))
# In a sanitizer build, generated shared libraries need the sanitizer
# runtime loaded first: a plain python3 cannot dlopen them.
if config.sanitizer_link_flags:
    config.available_features.add("sanitizer")

llvm_config.with_system_environment(["HOME", "TMPDIR", "CXX"])
llvm_config.use_default_substitutions()
llvm_config.with_environment("PATH", config.scopec_tools_dir, append_path=True)
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)

tool_dirs = [config.scopec_tools_dir, config.llvm_tools_dir]
llvm_config.add_tool_substitutions(["scopec-opt", "scopec-npy", "scopec"],
                                  tool_dirs)

# The OpenMP runtime generated code is compiled against (clang's libomp):
# what a program built with another compiler links a scopec library with.
config.substitutions.append(("%openmp_library", config.openmp_library))

# Feature flags for optional tools.
import shutil
if shutil.which("dot"):
    config.available_features.add("graphviz")
if shutil.which("g++") and config.openmp_library:
    config.available_features.add("gxx")

import subprocess
# strace (test/Sandbox: which files scopec opens), where the machine lets
# it trace (containers may forbid ptrace).
if shutil.which("strace") and subprocess.call(
        ["strace", "-f", "-qq", "-o", os.devnull, "true"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) == 0:
    config.available_features.add("strace")

# The Python that runs lit runs the tests' helper scripts too.
config.substitutions.append(("%python", sys.executable))

# Tests checking numbers or language behaviour against numpy (Debian's
# python3-numpy, a test-only tool).
import subprocess
if subprocess.call([sys.executable, "-c", "import numpy"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) == 0:
    config.available_features.add("numpy")
