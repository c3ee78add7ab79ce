# Errors in another module are located in that file, with the import as a
# note; import errors are catchable like CPython's.
# RUN: split-file %s %t
# RUN: not scopec %t/runtime.py -I %S/Inputs/modules --emit=scoped 2>&1 | FileCheck %s --check-prefix=RUNTIME
# RUN: not scopec %t/syntax.py -I %S/Inputs/modules --emit=scoped 2>&1 | FileCheck %s --check-prefix=SYNTAX
# RUN: scopec %t/caught.py -I %S/Inputs/modules --emit=scoped -o /dev/null 2>&1 | FileCheck %s --check-prefix=CAUGHT
# RUN: not scopec %t/noinclude.py --emit=scoped 2>&1 | FileCheck %s --check-prefix=NOINCLUDE

#--- runtime.py
import layers
layers.broken(1)
# RUNTIME: layers.py:24:16: error: NameError: name 'undefined_name' is not defined
# RUNTIME: runtime.py:2:1: note: called from here

#--- syntax.py
import syntax_error
# SYNTAX: syntax_error.py:1:{{[0-9]+}}: error:

#--- caught.py
try:
    from layers import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    from . import layers
except ImportError as e:
    print(e)
# CAUGHT: ImportError cannot import name 'no_such_name' from 'layers'
# CAUGHT: attempted relative import with no known parent package

#--- noinclude.py
import layers
layers.conv_relu
# NOINCLUDE: noinclude.py:2:1: error: module 'layers' is not available to scopec
