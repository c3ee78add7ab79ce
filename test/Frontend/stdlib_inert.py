# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
# logging, time, warnings and pdb: accepted and inert (no output; the
# clocks are stopped so compiles are deterministic).
import logging
import time
import warnings
import pdb

logging.basicConfig(level=logging.CRITICAL + 10)
log = logging.getLogger(__name__)
print(log is logging.getLogger(__name__), logging.getLogger() is logging.root, logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR)
# CHECK: True True 10 20 30 40
log.setLevel(logging.DEBUG)
log.info("not shown")
log.debug("not shown %d", 1)
print(log.getEffectiveLevel(), log.isEnabledFor(logging.INFO), logging.getLogger("a.b").getEffectiveLevel() >= logging.WARNING)
# CHECK-NEXT: 10 True True
logging.getLogger("a").setLevel("ERROR")
print(logging.getLogger("a.b").getEffectiveLevel(), logging.getLevelName(logging.ERROR))
# CHECK-NEXT: 40 ERROR
warnings.filterwarnings("ignore")
warnings.simplefilter("ignore", lineno=0)
warnings.warn("not shown")
start = time.time()
time.sleep(0.01)
print(time.time() - start >= 0, time.perf_counter() >= 0)
# CHECK-NEXT: True True
pdb.set_trace
print("done")
# CHECK-NEXT: done
# CHECK-NEXT: {{.*}}stdlib_inert.py:[[@LINE+1]]:1: error: {{(ValueError: )?}}sleep length must be non-negative
time.sleep(-1)
